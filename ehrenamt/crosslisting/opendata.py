"""Our own current listings as open data: what the downloads, feeds and calendar share."""

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from ehrenamt.opportunities.models import OpportunityPage

from . import traits

DEFAULT_LICENCE = {
    "name": "Datenlizenz Deutschland - Namensnennung - Version 2.0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
    "attribution": _("Ehrenamt Rhein-Neckar"),
}
CSV_COLUMNS = [
    ("ID", "id"),
    ("Organisation", "organisation"),
    ("Titel", "title"),
    ("Kurzbeschreibung", "summary"),
    ("Beschreibung", "description"),
    ("Adresse", "street_address"),
    ("PLZ", "postcode"),
    ("Ort", "town"),
    ("Kategorie", "categories"),
    ("Kontakt", "contact_name"),
    ("E-Mail", "contact_email"),
    ("Telefon", "contact_phone"),
    ("Beginn", "start_date"),
    ("Ende", "end_date"),
    ("Gültig bis", "valid_through"),
    ("Link", "url"),
    *traits.CSV_HEADINGS.items(),
]


def licence():
    """The licence the operator publishes under; another municipality configures its own."""
    return {**DEFAULT_LICENCE, **getattr(settings, "OPENDATA_LICENCE", {})}


def own_listings():
    """Current listings written here; partners' listings stay under the partners' licences."""
    return (
        OpportunityPage.objects.current()
        .filter(imported__isnull=True)
        .select_related("club", "municipality__district__state")
        .prefetch_related("categories")
        .order_by("pk")
    )


def listing_record(page, request):
    """One listing in the shape our JSON importer reads, so that partners can take it as it is."""
    return {
        "id": str(page.pk),
        "title": page.title,
        "organisation": page.club.title if page.club else "",
        "summary": page.summary,
        "description": strip_tags(str(page.description)),
        "street_address": page.street_address,
        "postcode": page.postcode,
        "town": page.municipality.name,
        "state": page.municipality.district.state.slug,
        "categories": [category.name for category in page.categories.all()],
        "commitment": page.commitment,
        "remote": page.remote_possible,
        "contact_name": page.contact_name,
        "contact_email": page.contact_email,
        "contact_phone": page.contact_phone,
        "start_date": page.start_date.isoformat() if page.start_date else None,
        "end_date": page.end_date.isoformat() if page.end_date else None,
        "valid_through": page.valid_through.isoformat(),
        "url": page.get_full_url(request),
        **traits.export(page),
    }
