"""A change drops the cached pages that show it and nothing else; a draft drops nothing."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from ehrenamt.operations.pagetree import PageTreeWriter, announce_published
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.taxonomy.models import Category
from home.models import StandardPage
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db

LISTINGS = ["/", "/orte/bensheim/", "/suche/?q=Turnen", "/api/v1/opportunities/"]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def site(home_page):
    gym = ClubPageFactory(title="Turnverein Bensheim", municipality=municipality("bensheim"))
    choir = ClubPageFactory(title="Chor Viernheim", municipality=municipality("viernheim"))
    pages = {
        "gym": gym,
        "choir": choir,
        "training": OpportunityPageFactory(parent=gym, title="Turnen mit Kindern"),
        "singing": OpportunityPageFactory(parent=choir, title="Singen im Chor"),
        "imprint": StandardPage.objects.get(slug="impressum"),
    }
    urls = {name: page.url for name, page in pages.items()}
    for url in [*urls.values(), *LISTINGS]:
        assert cached(url) == "miss"
        assert cached(url) == "hit"
    return pages, urls


def cached(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.headers["X-Page-Cache"]


def dropped(urls, names):
    """Which of the named pages and the listing pages are rendered anew (each asked once)."""
    return {name for name in names if cached(urls[name]) == "miss"} | {
        url for url in LISTINGS if cached(url) == "miss"
    }


ALL = ["gym", "choir", "training", "singing", "imprint"]


def test_publishing_a_role_drops_it_its_club_and_the_listings(site):
    pages, urls = site
    role = pages["training"]
    role.summary = "Jetzt auch samstags."
    role.save_revision().publish()
    assert dropped(urls, ALL) == {"training", "gym", *LISTINGS}


def test_a_draft_drops_nothing(site):
    pages, urls = site
    role = pages["training"]
    role.summary = "Entwurf: vielleicht samstags."
    role.save_revision()
    assert dropped(urls, ALL) == set()


def test_renaming_a_club_drops_its_page_its_roles_and_the_listings(site):
    pages, urls = site
    gym = pages["gym"]
    gym.title = "TV Bensheim 1860"
    gym.save_revision().publish()
    assert dropped(urls, ALL) == {"gym", "training", *LISTINGS}
    assert "TV Bensheim 1860" in Client().get(urls["training"]).content.decode()


def test_unpublishing_and_deleting_drop_the_club_page(site):
    pages, urls = site
    pages["singing"].unpublish()
    assert dropped(urls, ["gym", "choir", "training", "imprint"]) == {"choir", *LISTINGS}
    pages["training"].delete()
    assert dropped(urls, ["gym", "choir", "imprint"]) == {"gym", *LISTINGS}


def test_an_import_batch_drops_the_clubs_it_writes_to_and_the_listings(site):
    pages, urls = site
    role = OpportunityPage(
        title="Kampfrichter gesucht",
        slug="kampfrichter-gesucht",
        summary="Für unsere Wettkämpfe.",
        municipality=municipality("bensheim"),
        valid_through=timezone.localdate() + datetime.timedelta(days=30),
    )
    writer = PageTreeWriter()
    written = writer.add(OpportunityPage, [(pages["gym"], role, {})])
    writer.finish()
    announce_published(OpportunityPage, [page.pk for page in written])
    assert dropped(urls, ALL) == {"gym", *LISTINGS}


def test_reference_data_drops_everything(site):
    _pages, urls = site
    category = Category.objects.first()
    category.name = f"{category.name} und mehr"
    category.save()
    assert dropped(urls, ALL) == {*ALL, *LISTINGS}
