"""/robots.txt: crawlers may read every page except the admin and result lists of searches."""

from django.http import HttpResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

# Search results and finder answers are endless combinations of the same listings.
DISALLOWED = ["/admin/", "/suche/", "/api/", "/engagement-finder/"]


@require_GET
def robots_txt(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else ""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines.append(f"Sitemap: {root}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
