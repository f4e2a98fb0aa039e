"""Our own current listings as open data: what the downloads, feeds and calendar share.

Open data never carries personal data: no contact person's name, e-mail address or phone number.
The listing's own URL stands for contact; its page has the inquiry form.
"""

import html
import re

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from ehrenamt.opportunities.models import OpportunityPage

from . import traits
from .importers.base import ACCESSIBILITY

DEFAULT_LICENCE = {
    "name": "Datenlizenz Deutschland - Namensnennung - Version 2.0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
    "attribution": _("Ehrenamt Rhein-Neckar"),
}
# The words our CSV writes for the commitment; the importers read these and the codes.
COMMITMENT_WORDS = {"one_off": "einmalig", "regular": "regelmäßig", "flexible": "flexibel"}
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
    ("Zielgruppen", "target_groups"),
    ("Zeitlicher Rahmen", "commitment"),
    ("Beginn", "start_date"),
    ("Ende", "end_date"),
    ("Stunden pro Woche", "hours_per_week"),
    ("Gesuchte Freiwillige", "volunteers_needed"),
    ("Barrierefreiheit", "accessibility"),
    ("Von zu Hause möglich", "remote"),
    ("Gültig bis", "valid_through"),
    ("Link", "url"),
    *traits.CSV_HEADINGS.items(),
]
BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def licence():
    """The licence the operator publishes under; another municipality configures its own."""
    return {**DEFAULT_LICENCE, **getattr(settings, "OPENDATA_LICENCE", {})}


def site_root(request):
    """The public address of the site the request came to (BASE_URL or a town's own host)."""
    site = Site.find_for_request(request)
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(request, path):
    return site_root(request) + path


def paragraphs(rich_text):
    """Rich text as plain text whose paragraphs and list items are separated by a blank line."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", str(rich_text or ""))))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def own_listings():
    """Current listings written here; partners' listings stay under the partners' licences."""
    return (
        OpportunityPage.objects.current()
        .filter(imported__isnull=True)
        .select_related("club", "municipality__district__state")
        .prefetch_related("categories", "target_groups")
        .order_by("pk")
    )


def accessibility(page):
    return [key for key in ACCESSIBILITY if getattr(page, key)]


def listing_record(page, request):
    """One listing in the shape our JSON importer reads, so that partners can take it as it is."""
    return {
        "id": str(page.pk),
        "title": page.title,
        "organisation": page.club.title if page.club else "",
        "summary": page.summary,
        "description": paragraphs(page.description),
        "street_address": page.street_address,
        "postcode": page.postcode,
        "town": page.municipality.name,
        "state": page.municipality.district.state.slug,
        "categories": [category.name for category in page.categories.all()],
        "target_groups": [group.name for group in page.target_groups.all()],
        "commitment": page.commitment,
        "start_date": page.start_date.isoformat() if page.start_date else None,
        "end_date": page.end_date.isoformat() if page.end_date else None,
        "hours_per_week": float(page.hours_per_week) if page.hours_per_week is not None else None,
        "minimum_age": page.minimum_age,
        "volunteers_needed": page.volunteers_needed,
        "accessibility": accessibility(page),
        "remote": page.remote_possible,
        "valid_through": page.valid_through.isoformat(),
        "url": page.get_full_url(request),
        **traits.export(page),
    }


def csv_values(record):
    """A record's values as CSV cells: lists joined by commas, German words, empty for none."""
    cells = {
        **record,
        "categories": ", ".join(record["categories"]),
        "target_groups": ", ".join(record["target_groups"]),
        "commitment": COMMITMENT_WORDS[record["commitment"]],
        "accessibility": ", ".join(ACCESSIBILITY[key][0] for key in record["accessibility"]),
        "remote": "ja" if record["remote"] else "nein",
    }
    for name in traits.FIELDS:
        cells[name] = traits.export_csv_cell(name, record[name])
    if record["hours_per_week"] is not None:
        cells["hours_per_week"] = f"{record['hours_per_week']:g}".replace(".", ",")
    return ["" if cells[key] is None else cells[key] for _heading, key in CSV_COLUMNS]
