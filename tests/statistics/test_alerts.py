"""Staff see how many people follow searches per place and area, never who."""

import re

import pytest

from ehrenamt.alerts.models import SearchSubscription

from .conftest import URL

pytestmark = pytest.mark.django_db


def follow(email, place, areas, confirmed=True):
    subscription = SearchSubscription.objects.create(
        email=email, query=f"municipality={place}", place=place, areas=areas
    )
    if confirmed:
        subscription.confirm()


def table(html, table_id):
    body = re.search(rf'id="{table_id}".*?<tbody>(.*?)</tbody>', html, re.S).group(1)
    return re.findall(r"<tr><td>([^<]+)</td><td>(\d+)</td></tr>", body)


def test_counts_per_place_and_area_without_addresses(bensheim_staff, seeded):
    follow("anna@example.org", "bensheim", "sport,soziales")
    follow("ben@example.org", "bensheim", "sport")
    follow("carla@example.org", "bensheim", "sport", confirmed=False)
    follow("dora@example.org", "viernheim", "kultur-musik")

    html = bensheim_staff.get(URL).content.decode()
    assert table(html, "statistics-alerts-places") == [("Bensheim", "2")]
    assert table(html, "statistics-alerts-areas") == [("Sport", "2"), ("Soziales", "1")]
    assert "@example.org" not in html
