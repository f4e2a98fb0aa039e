"""Seeded figures for the statistics tests: clubs, roles and inquiries answered after known delays."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from ehrenamt.clubs.onboarding import staff_group
from ehrenamt.inquiries.models import Inquiry
from ehrenamt.taxonomy.models import Category
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

URL = "/admin/statistik/"


def category(slug):
    return Category.objects.get(slug=slug)


def inquiry(opportunity, *, days_ago=10, answered_after_hours=None):
    created = timezone.now() - datetime.timedelta(days=days_ago)
    answered = (
        created + datetime.timedelta(hours=answered_after_hours)
        if answered_after_hours is not None
        else None
    )
    return Inquiry.objects.create(
        opportunity=opportunity,
        club=opportunity.club,
        opportunity_title=opportunity.title,
        name="Max Muster",
        email="max@example.org",
        message="Ich möchte helfen.",
        consent_at=created,
        created_at=created,
        answered_at=answered,
    )


@pytest.fixture
def seeded(home_page):
    """Bensheim: 2 live clubs (and a draft), 2 current roles (1 ends soon), 4 inquiries this year
    answered after 2, 4 and 10 hours or not at all, 1 inquiry two years ago.
    Viernheim: 1 club, 1 current role, 2 inquiries answered after 1 and 3 hours."""
    today = timezone.localdate()
    bensheim, viernheim = municipality("bensheim"), municipality("viernheim")
    helpers = ClubPageFactory(
        title="Helferkreis Bensheim", municipality=bensheim, categories=[category("soziales")]
    )
    ClubPageFactory(title="Turnverein Bensheim", municipality=bensheim)
    ClubPageFactory(title="Entwurf Bensheim", municipality=bensheim, live=False)
    youth = ClubPageFactory(
        title="Jugendhaus Viernheim",
        municipality=viernheim,
        postcode="68519",
        categories=[category("soziales")],
    )
    visiting = OpportunityPageFactory(parent=helpers, title="Besuchsdienst")
    training = OpportunityPageFactory(
        parent=helpers,
        title="Übungsleitung",
        categories=[category("sport")],
        valid_through=today + datetime.timedelta(days=10),
    )
    OpportunityPageFactory(
        parent=helpers, title="Abgelaufen", valid_through=today - datetime.timedelta(days=1)
    )
    OpportunityPageFactory(parent=helpers, title="Besetzt", filled=True)
    homework = OpportunityPageFactory(parent=youth, title="Hausaufgabenhilfe")
    for hours in (2, 10, 4):
        inquiry(visiting, answered_after_hours=hours)
    inquiry(training)
    inquiry(visiting, days_ago=730, answered_after_hours=50)
    inquiry(homework, answered_after_hours=1)
    inquiry(homework, days_ago=20, answered_after_hours=3)
    return SimpleNamespace(visiting=visiting, training=training, homework=homework)


def staff_member(slug):
    user = get_user_model().objects.create_user(f"staff-{slug}", f"{slug}@stadt.example", "x")
    user.groups.add(staff_group(municipality(slug)))
    return user


@pytest.fixture
def bensheim_staff(client, home_page):
    client.force_login(staff_member("bensheim"))
    return client


@pytest.fixture
def superuser(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(user)
    return client
