"""The opportunity page lists its terms from one query; a preview shows the draft's terms."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from ehrenamt.taxonomy.models import Category, Language
from tests.factories import ClubPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db


def tags(html):
    soup = BeautifulSoup(html, "html.parser")
    return [tag.get_text(strip=True) for tag in soup.select("#topics-title ~ ul .tag")]


@pytest.fixture
def role(home_page):
    return OpportunityPageFactory(
        parent=ClubPageFactory(),
        categories=list(Category.objects.filter(slug__in=["soziales", "bildung"])),
        languages=list(Language.objects.filter(slug="tuerkisch")),
    )


def test_the_page_lists_its_terms_in_their_order(role):
    html = Client().get(role.url).content.decode()
    assert tags(html) == [
        category.name for category in Category.objects.filter(slug__in=["soziales", "bildung"])
    ]
    assert "Türkisch" in html


def test_a_preview_shows_the_drafts_terms_the_page_the_published_ones(role):
    role.categories = list(Category.objects.filter(slug="umwelt-naturschutz"))
    preview = role.make_preview_request().content.decode()
    assert tags(preview) == ["Umwelt & Naturschutz"]
    assert tags(Client().get(role.url).content.decode()) == [
        category.name for category in Category.objects.filter(slug__in=["soziales", "bildung"])
    ]
