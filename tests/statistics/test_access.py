"""Who sees which numbers: staff their own places, admins everything, everyone else nothing."""

import pytest
from django.contrib.auth import get_user_model

from ehrenamt.clubs.onboarding import onboard_club
from ehrenamt.statistics.models import ZeroResultSearch
from home.curation import curator_group
from tests.factories import municipality

from .conftest import URL
from .tables import row

pytestmark = pytest.mark.django_db


def logged_search(text, *slugs):
    search = ZeroResultSearch.objects.create(text=text)
    search.municipalities.set([municipality(slug) for slug in slugs])


def test_bensheim_staff_see_bensheim_only(bensheim_staff, seeded):
    html = bensheim_staff.get(URL).content.decode()
    assert row(html, "bensheim")["inquiries"] == "4"
    assert row(html, "viernheim") is None
    assert row(html, "total")["inquiries"] == "4"
    assert "Alle meine Orte" in html


def test_bensheim_staff_cannot_ask_for_viernheim(bensheim_staff, seeded):
    for export in ({}, {"export": "csv"}, {"export": "xlsx"}):
        response = bensheim_staff.get(URL, {"municipality": "viernheim", **export})
        assert response.status_code == 400
        html = response.content.decode()
        assert "Für diesen Ort können Sie keine Statistik sehen." in html
        assert row(html, "viernheim") is None
        assert "Jugendhaus" not in html


def test_superuser_sees_viernheim(superuser, seeded):
    html = superuser.get(URL, {"municipality": "viernheim"}).content.decode()
    assert row(html, "viernheim")["inquiries"] == "2"


def test_district_staff_see_every_place_of_their_district(client, seeded):
    user = get_user_model().objects.create_user("kreis", "kreis@example.org", "x")
    user.groups.add(curator_group(district=municipality("bensheim").district))
    client.force_login(user)
    html = client.get(URL).content.decode()
    assert row(html, "bensheim")
    assert row(html, "viernheim")
    assert row(client.get(URL, {"municipality": "mannheim"}).content.decode(), "mannheim") is None


def test_searches_without_a_place_belong_to_region_wide_staff(bensheim_staff, seeded):
    logged_search("tauchen", "bensheim")
    logged_search("quidditch")
    logged_search("segeln", "viernheim")
    staff_html = bensheim_staff.get(URL).content.decode()
    assert "tauchen" in staff_html
    assert "quidditch" not in staff_html
    assert "segeln" not in staff_html
    assert row(staff_html, "total")["zero_results"] == "1"


def test_superuser_sees_every_search_without_result(superuser, seeded):
    logged_search("tauchen", "bensheim")
    logged_search("quidditch")
    html = superuser.get(URL).content.decode()
    assert "tauchen" in html
    assert "quidditch" in html
    assert row(html, "bensheim")["zero_results"] == "1"
    assert row(html, "total")["zero_results"] == "2"


def test_menu_shows_statistics_to_staff_only(bensheim_staff, seeded):
    assert URL in bensheim_staff.get("/admin/").content.decode()


def test_club_members_and_visitors_are_refused(client, seeded):
    assert client.get(URL).status_code == 302
    assert "/login/" in client.get(URL)["Location"]
    onboarding = onboard_club(
        name="Kleiner Verein",
        municipality=municipality("bensheim"),
        contact_name="Eva Vorstand",
        email="eva@verein.example",
        short_description="Wir sind klein.",
        password="geheim-123",
        active=True,
    )
    client.force_login(onboarding.user)
    # Wagtail sends a refused admin user back to the dashboard.
    for export in ({}, {"export": "csv"}):
        response = client.get(URL, export)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert URL not in client.get("/admin/").content.decode()
