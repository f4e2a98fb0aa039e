from django import template
from django.urls import reverse
from django.utils.html import format_html, json_script
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..models import ImportedListing
from ..schema import job_posting

register = template.Library()


@register.simple_tag
def imported_listing(page):
    """The import record behind an opportunity page, or None for our own listings."""
    if not page.source_name:
        return None
    return ImportedListing.objects.select_related("source").filter(page=page).first()


@register.simple_tag
def job_posting_json_ld(page, imported=None):
    """schema.org JobPosting for search engines and regional platforms, safe inside <script>."""
    data = job_posting(page, imported.organisation if imported else None)
    script = json_script(data).replace('type="application/json"', 'type="application/ld+json"')
    # json_script escaped <, > and & inside the data; changing the type attribute keeps that.
    return mark_safe(script)


@register.simple_tag
def feed_link(kind="all", slug="", name=""):
    """Announces an Atom feed in a page's head: all new listings, or one place's or area's."""
    if kind == "municipality":
        url = reverse("opendata:municipality_feed", kwargs={"slug": slug})
        title = _("Neue Engagement-Angebote in %(place)s") % {"place": name}
    elif kind == "category":
        url = reverse("opendata:category_feed", kwargs={"slug": slug})
        title = _("Neue Engagement-Angebote: %(category)s") % {"category": name}
    else:
        url, title = reverse("opendata:all_feed"), _("Neue Engagement-Angebote")
    return format_html(
        '<link rel="alternate" type="application/atom+xml" title="{}" href="{}">', title, url
    )
