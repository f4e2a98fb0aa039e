"""Staff of one municipality curate their own landing page, through real admin requests."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from ehrenamt.clubs.onboarding import staff_group
from home.curation import REGION_STAFF
from home.models import MunicipalityPage
from tests.factories import OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail answers a forbidden admin page with 403 or a redirect away from it."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/login/" not in response["Location"]
    )


def staff_member(slug):
    user = get_user_model().objects.create_user(f"staff-{slug}", f"{slug}@stadt.example", "x")
    user.groups.add(staff_group(municipality(slug)))
    return user


def landing_form(page, intro, featured=()):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "municipality": page.municipality_id or "",
            "district": page.district_id or "",
            "intro": rich_text(intro),
            "body": streamfield([]),
            "featured_opportunities": inline_formset(
                [
                    {"opportunity": opportunity.pk, "shown_from": "", "shown_until": ""}
                    for opportunity in featured
                ]
            ),
            "featured_clubs": inline_formset([]),
            "featured_initiatives": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "1"
    return data


@pytest.fixture
def bensheim_staff(client, home_page):
    client.force_login(staff_member("bensheim"))
    return client


def test_staff_publish_their_own_landing_page_with_a_feature(bensheim_staff):
    page = MunicipalityPage.objects.get(slug="bensheim")
    opportunity = OpportunityPageFactory(title="Lesepate gesucht")
    assert bensheim_staff.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    response = bensheim_staff.post(
        f"/admin/pages/{page.pk}/edit/",
        landing_form(page, "<p>Neu in Bensheim</p>", featured=[opportunity]),
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    html = bensheim_staff.get("/orte/bensheim/").content.decode()
    assert "Neu in Bensheim" in html
    assert "Lesepate gesucht" in html


def test_staff_cannot_curate_another_landing_page(bensheim_staff):
    for slug in ["viernheim", "kreis-bergstrasse", "metropolregion"]:
        page = MunicipalityPage.objects.get(slug=slug)
        assert refused(bensheim_staff.get(f"/admin/pages/{page.pk}/edit/"))
        response = bensheim_staff.post(
            f"/admin/pages/{page.pk}/edit/", landing_form(page, "<p>Übernommen</p>")
        )
        assert refused(response)
        assert "Übernommen" not in bensheim_staff.get(f"/orte/{slug}/").content.decode()
        assert refused(bensheim_staff.get(f"/admin/pages/{page.pk}/delete/"))


def test_staff_cannot_edit_the_home_page(bensheim_staff, home_page):
    assert refused(bensheim_staff.get(f"/admin/pages/{home_page.pk}/edit/"))


def test_only_regional_staff_pin_search_results(client, home_page):
    regional = get_user_model().objects.create_user("staff-region", "region@stadt.example", "x")
    regional.groups.add(Group.objects.get(name=REGION_STAFF))
    client.force_login(regional)
    assert client.get("/admin/searchpicks/").status_code == 200
    assert client.get("/admin/searchpicks/add/").status_code == 200

    client.force_login(staff_member("bensheim"))
    assert refused(client.get("/admin/searchpicks/add/"))
