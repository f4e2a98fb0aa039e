"""Demo curation: a running initiative and a few features, so the landing pages show what they can."""

import datetime

from django.utils import timezone

from ehrenamt.clubs.models import ClubPage
from ehrenamt.opportunities.models import OpportunityPage
from home.initiatives import (
    InitiativeClub,
    InitiativeIndexPage,
    InitiativeOpportunity,
    InitiativePage,
)
from home.models import FeaturedClub, FeaturedOpportunity, HomeFeature, HomePage, MunicipalityPage

FEATURES_PER_PAGE = 3
INITIATIVE_SLUG = "ehrenamtstag"


def demo_initiative(index, today):
    existing = InitiativePage.objects.filter(slug=INITIATIVE_SLUG).first()
    if existing is not None:
        return existing
    return index.add_child(
        instance=InitiativePage(
            title="Ehrenamtstag an der Bergstraße",
            slug=INITIATIVE_SLUG,
            summary="Vereine stellen sich vor: ein Tag zum Ausprobieren und Mitmachen.",
            body="<p>Kommen Sie vorbei, lernen Sie Vereine kennen und probieren Sie ein Ehrenamt aus.</p>",
            starts_on=today - datetime.timedelta(days=7),
            ends_on=today + datetime.timedelta(days=21),
        )
    )


def feature_demo_content():
    """Adds the demo features once; a landing page that already has features is left alone."""
    today = timezone.localdate()
    index = InitiativeIndexPage.objects.first()
    home = HomePage.objects.first()
    if index is None or home is None:
        return
    initiative = demo_initiative(index, today)
    current = OpportunityPage.objects.current().order_by("pk")
    for page in MunicipalityPage.objects.filter(featured_opportunities__isnull=True):
        area = page.area_filter
        for order, opportunity in enumerate(current.filter(**area)[:FEATURES_PER_PAGE]):
            FeaturedOpportunity.objects.create(page=page, opportunity=opportunity, sort_order=order)
        clubs = ClubPage.objects.live().filter(**area).order_by("pk")[:FEATURES_PER_PAGE]
        for order, club in enumerate(clubs):
            FeaturedClub.objects.create(page=page, club=club, sort_order=order)
    if not initiative.chosen_opportunities.exists():
        for order, opportunity in enumerate(current[:FEATURES_PER_PAGE]):
            InitiativeOpportunity.objects.create(
                page=initiative, opportunity=opportunity, sort_order=order
            )
            InitiativeClub.objects.get_or_create(page=initiative, club_id=opportunity.club_id)
    if not HomeFeature.objects.filter(page=home).exists():
        for order, page in enumerate(MunicipalityPage.objects.order_by("pk")[:2]):
            HomeFeature.objects.create(page=home, target=page, sort_order=order)
