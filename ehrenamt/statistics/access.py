"""Whose numbers a user may see: admins every place, city staff the places they look after.

Staff look after a place when their group curates its landing page (a municipality, a whole district,
or the region; see home/curation.py) or approves its clubs (see ehrenamt/clubs/onboarding.py).
The scope follows these rights, never group names. Statistics and home stand side by side at the
top of the layers, so the curated places come through the STATISTICS_CURATED_PLACES setting.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.module_loading import import_string

from ehrenamt.inquiries.access import overseen_clubs
from ehrenamt.regions.models import Municipality


@dataclass
class Scope:
    municipalities: QuerySet
    # Every place: region-wide figures (searches not limited to a place) belong to the user too.
    everything: bool


def statistics_scope(user):
    """The municipalities whose statistics `user` may see; none for anonymous and club users."""
    if not user.is_active:
        return Scope(Municipality.objects.none(), everything=False)
    if user.is_superuser:
        return Scope(Municipality.objects.all(), everything=True)
    curated_places = import_string(settings.STATISTICS_CURATED_PLACES)
    municipality_ids, district_ids, region = curated_places(user)
    if region:
        return Scope(Municipality.objects.all(), everything=True)
    approved = overseen_clubs(user).values("municipality_id")
    municipalities = Municipality.objects.filter(
        Q(pk__in=municipality_ids) | Q(district_id__in=district_ids) | Q(pk__in=approved)
    )
    return Scope(municipalities, everything=False)


def can_view_statistics(user):
    return statistics_scope(user).municipalities.exists()
