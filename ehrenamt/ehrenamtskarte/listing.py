"""What /ehrenamtskarte/ shows besides its text: the responsible authority and the benefits."""

from django.conf import settings
from django.utils.translation import gettext as _

from ehrenamt.operations.headers import has_map_consent, tile_origin
from ehrenamt.regions.models import Municipality

from .area import area_for_postcode
from .models import BenefitCategory, CardBenefit, IssuingAuthority


def benefit_markers(benefits):
    return [
        {
            "lat": benefit.municipality.latitude,
            "lon": benefit.municipality.longitude,
            "title": f"{benefit.partner}: {benefit.offer}",
            "url": f"#verguenstigung-{benefit.pk}",
        }
        for benefit in benefits
    ]


def page_context(request):
    current = CardBenefit.objects.current().select_related("municipality")
    place = request.GET.get("ort", "")
    category = request.GET.get("kategorie", "")
    benefits = current
    if place:
        benefits = benefits.filter(municipality__slug=place)
    if category:
        benefits = benefits.filter(category=category)
    benefits = list(benefits.order_by("partner", "pk"))
    postcode = request.GET.get("plz", "").strip()
    return {
        "authorities": IssuingAuthority.objects.select_related("district__state"),
        "postcode": postcode,
        "area": area_for_postcode(postcode) if postcode else None,
        "benefits": benefits,
        "benefit_places": Municipality.objects.filter(
            pk__in=current.values("municipality")
        ).order_by("name"),
        "benefit_categories": BenefitCategory.choices,
        "selected_place": place,
        "selected_category": category,
        "map": {
            "request": request,
            "map_id": "karte",
            "markers_id": "karte-markers",
            "consent": has_map_consent(request),
            "markers": benefit_markers(benefits),
            "tile_url": settings.MAP_TILE_URL,
            "tile_host": tile_origin(),
            "attribution": settings.MAP_TILE_ATTRIBUTION or _("Kartendaten"),
        },
    }
