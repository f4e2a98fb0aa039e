"""What a club account may and may not do, through real requests to the Wagtail admin."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from ehrenamt.opportunities.models import OpportunityPage
from tests.clubs.admin_forms import opportunity_form
from tests.clubs.helpers import club

Image = get_image_model()


def refused(response):
    """Wagtail answers a forbidden admin page with 403 or a redirect away from it."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/login/" not in response["Location"]
    )


@pytest.fixture
def own(home_page):
    return club("Turnverein Bensheim")


@pytest.fixture
def other(home_page):
    return club("Schachclub Heppenheim", slug="heppenheim")


@pytest.fixture
def as_club(client, own):
    client.force_login(own.user)
    return client


def test_club_edits_its_own_page(as_club, own):
    assert as_club.get(f"/admin/pages/{own.club.pk}/edit/").status_code == 200


def test_club_creates_an_opportunity_that_waits_for_approval(as_club, own):
    response = as_club.post(
        f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/", opportunity_form()
    )
    assert response.status_code == 302
    opportunity = OpportunityPage.objects.get(title="Trainer:in für die Kinderturngruppe")
    assert opportunity.get_parent().pk == own.club.pk
    assert not opportunity.live
    assert opportunity.workflow_in_progress


def test_club_cannot_publish_past_the_approval(as_club, own):
    as_club.post(
        f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/",
        opportunity_form(action="action-publish"),
    )
    opportunity = OpportunityPage.objects.get(title="Trainer:in für die Kinderturngruppe")
    assert not opportunity.live
    response = as_club.post(f"/admin/pages/{own.club.pk}/edit/", {"action-publish": "1"})
    own.club.refresh_from_db()
    assert not own.club.live
    # The edit form comes back; the publish action is not offered to a club.
    assert response.status_code == 200


def test_club_cannot_touch_another_clubs_pages(as_club, other):
    assert refused(as_club.get(f"/admin/pages/{other.club.pk}/edit/"))
    assert refused(as_club.get(f"/admin/pages/add/opportunities/opportunitypage/{other.club.pk}/"))
    assert refused(
        as_club.post(
            f"/admin/pages/add/opportunities/opportunitypage/{other.club.pk}/", opportunity_form()
        )
    )
    assert not OpportunityPage.objects.exists()
    assert refused(as_club.get(f"/admin/pages/{other.club.pk}/delete/"))
    assert refused(as_club.get(f"/admin/pages/{other.club.pk}/move/"))


def test_club_uploads_images_only_into_its_own_collection(as_club, own, other):
    response = as_club.get("/admin/images/add/")
    assert response.status_code == 200
    assert f'value="{other.collection.pk}"' not in response.content.decode()

    as_club.post(
        "/admin/images/add/",
        {
            "title": "Unser Logo",
            "file": SimpleUploadedFile("logo.png", get_test_image_file().file.getvalue()),
            "collection": other.collection.pk,
        },
    )
    assert not Image.objects.filter(collection=other.collection).exists()
    assert Image.objects.get(title="Unser Logo").collection == own.collection


def test_club_cannot_see_or_change_another_clubs_images(as_club, other):
    image = Image.objects.create(
        title="Schachbrett", file=get_test_image_file(), collection=other.collection
    )
    assert refused(as_club.get(f"/admin/images/{image.pk}/"))
    assert refused(as_club.get(f"/admin/images/{image.pk}/delete/"))
    assert "Schachbrett" not in as_club.get("/admin/images/").content.decode()
    assert "Schachbrett" not in as_club.get("/admin/images/chooser/").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/users/",
        "/admin/users/new/",
        "/admin/groups/",
        "/admin/groups/new/",
        "/admin/sites/",
        "/admin/collections/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/redirects/",
        "/admin/snippets/taxonomy/category/add/",
        "/admin/vereine/anlegen/",
    ],
)
def test_club_has_no_business_in_other_admin_areas(as_club, url):
    assert refused(as_club.get(url))


def test_club_page_tree_and_history_show_only_its_own_club(as_club, own, other):
    for url in ["/admin/pages/", "/admin/pages/search/?q=Schach"]:
        response = as_club.get(url, follow=True)
        assert response.status_code == 200
        assert "Schachclub Heppenheim" not in response.content.decode()
    # The site history and the other reports list every page and editor: not for clubs.
    assert as_club.get("/admin/reports/site-history/").status_code == 403


def test_club_cannot_attach_another_clubs_image_by_its_id(as_club, own, other):
    image = Image.objects.create(
        title="Schachbrett", file=get_test_image_file(), collection=other.collection
    )
    form = opportunity_form() | {"image": image.pk}
    response = as_club.post(f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/", form)
    assert response.status_code == 200
    assert not OpportunityPage.objects.exists()
    ours = Image.objects.create(
        title="Unser Bild", file=get_test_image_file(), collection=own.collection
    )
    as_club.post(
        f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/",
        opportunity_form() | {"image": ours.pk},
    )
    assert OpportunityPage.objects.get().image == ours


def test_club_cannot_choose_or_move_to_another_clubs_pages(as_club, own, other):
    chooser = as_club.get("/admin/choose-page/search/?q=Schachclub")
    assert chooser.status_code == 200
    assert "Schachclub Heppenheim" not in chooser.content.decode()
    assert (
        "Turnverein Bensheim"
        in as_club.get("/admin/choose-page/search/?q=Turnverein").content.decode()
    )
    assert as_club.get(f"/admin/choose-page/{other.club.pk}/").status_code == 403
    move = f"/admin/pages/{own.club.pk}/move/{other.club.pk}/confirm/"
    assert as_club.get(move).status_code == 403


def test_new_listing_starts_with_the_clubs_place_and_address(as_club, own):
    own.club.street_address, own.club.postcode = "Rodensteinstraße 12", "64625"
    own.club.save()
    editor = as_club.get(f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/")
    html = editor.content.decode()
    assert 'value="Rodensteinstraße 12"' in html
    assert 'value="64625"' in html
    # The place is a chooser: a hidden input carries the club's municipality.
    assert re.search(rf'name="municipality" value="{own.club.municipality_id}"', html)


def test_club_editor_has_no_slug_seo_or_menu_fields(as_club, own):
    html = as_club.get(f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/").content
    html = html.decode()
    assert 'name="summary"' in html
    for field in ("slug", "seo_title", "search_description", "show_in_menus"):
        assert f'name="{field}"' not in html
    # Not even a hand-made request sets the slug: it follows the title.
    as_club.post(
        f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/",
        opportunity_form() | {"slug": "ganz-woanders"},
    )
    assert OpportunityPage.objects.get().slug == "trainerin-fur-die-kinderturngruppe"
