"""Listings with a chosen publication time, and the subscription form's data."""

import re

from django.utils import timezone

from ehrenamt.taxonomy.models import Category
from tests.clubs.helpers import started
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality


def listing(title, published, category="soziales", place="bensheim"):
    """A live listing first published at `published` (a datetime)."""
    club = ClubPageFactory(municipality=municipality(place))
    page = OpportunityPageFactory(
        parent=club, title=title, categories=[Category.objects.get(slug=category)]
    )
    page.first_published_at = published
    page.save(update_fields=["first_published_at"])
    return page


def subscribe_data(query="category=sport", **overrides):
    data = {
        "email": "lea@example.org",
        "frequency": "daily",
        "consent": "on",
        "query": query,
        "homepage": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def ago(**delta):
    return timezone.now() - timezone.timedelta(**delta)
