"""Which issuing authority is responsible for a postcode: postcode → place → Kreis → authority."""

from dataclasses import dataclass

from ehrenamt.regions.models import Municipality

from .models import IssuingAuthority


@dataclass
class Area:
    municipality: Municipality | None
    authority: IssuingAuthority | None


def area_for_postcode(postcode):
    municipality = Municipality.objects.for_postcode(postcode)
    if municipality is None:
        return Area(None, None)
    authority = IssuingAuthority.objects.filter(district_id=municipality.district_id).first()
    return Area(municipality, authority)
