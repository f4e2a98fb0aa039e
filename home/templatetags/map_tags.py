from django import template
from django.conf import settings
from django.utils.translation import gettext as _

from home.maps import has_map_consent, tile_origin

register = template.Library()


def _page(item):
    """Lists hold pages, search results hold them under "page"."""
    return item["page"] if isinstance(item, dict) else item


@register.inclusion_tag("includes/opportunity_map.html", takes_context=True)
def opportunity_map(context, items, map_id="karte"):
    request = context["request"]
    markers = [
        {"lat": page.latitude, "lon": page.longitude, "title": page.title, "url": page.url}
        for page in map(_page, items)
        if page.latitude is not None and page.longitude is not None
    ]
    return {
        "request": request,
        "map_id": map_id,
        "markers_id": f"{map_id}-markers",
        "consent": has_map_consent(request),
        "markers": markers,
        "tile_url": settings.MAP_TILE_URL,
        "tile_host": tile_origin(),
        "attribution": settings.MAP_TILE_ATTRIBUTION or _("Kartendaten"),
    }
