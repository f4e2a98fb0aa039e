"""Where imported listings live in the page tree: /partnerangebote/<source>/<listing>/.

Each source gets a ClubPage of its own under one PartnerIndexPage. No club group has permissions
there, so clubs can never edit imported listings, and search and municipality pages, which read all
OpportunityPages, show them like our own.
"""

from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Site

from ehrenamt.clubs.models import ClubPage
from ehrenamt.regions.models import Municipality

from .models import PartnerIndexPage


def partner_index():
    index = PartnerIndexPage.objects.first()
    if index is None:
        home = Site.objects.get(is_default_site=True).root_page
        index = home.add_child(
            instance=PartnerIndexPage(
                title=_("Angebote von Partnerportalen"), slug="partnerangebote"
            )
        )
    return index


def partner_page(source):
    """The source's own page, created on its first import."""
    if source.partner_page_id:
        return source.partner_page
    index = partner_index()
    page = index.add_child(
        instance=ClubPage(
            title=source.name,
            slug=unique_slug(index, slugify(source.name) or "partner"),
            short_description=source.attribution[:300],
            website=source.website or source.url,
            contact_email=source.contact_email,
            # A partner portal has no seat of its own here; the state's first town stands in.
            municipality=Municipality.objects.filter(district__state=source.state)
            .order_by("name")
            .first(),
        )
    )
    source.partner_page = page
    source.save(update_fields=["partner_page"])
    return page


def unique_slug(parent, base):
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base[:80], 2
    while slug in taken:
        slug, number = f"{base[:80]}-{number}", number + 1
    return slug
