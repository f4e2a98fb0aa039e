"""Whose numbers a user may see: admins every place, city staff the places they look after.

Staff look after a place when their group curates its landing page (a municipality, a whole district,
or the region; see home/curation.py) or approves its clubs (see ehrenamt/clubs/onboarding.py).
The scope follows these rights, never group names.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from ehrenamt.inquiries.access import overseen_clubs
from ehrenamt.regions.models import Municipality
from home.municipality import MunicipalityPage


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
    curated = MunicipalityPage.objects.filter(
        group_permissions__group__user=user,
        group_permissions__permission__codename="change_page",
    ).values_list("municipality_id", "district_id")
    municipality_ids, district_ids = set(), set()
    for municipality_id, district_id in curated:
        if municipality_id is None and district_id is None:
            return Scope(Municipality.objects.all(), everything=True)
        municipality_ids.add(municipality_id)
        district_ids.add(district_id)
    approved = overseen_clubs(user).values("municipality_id")
    municipalities = Municipality.objects.filter(
        Q(pk__in=municipality_ids - {None})
        | Q(district_id__in=district_ids - {None})
        | Q(pk__in=approved)
    )
    return Scope(municipalities, everything=False)


def can_view_statistics(user):
    return statistics_scope(user).municipalities.exists()
