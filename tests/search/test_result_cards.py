"""The search page's result cards are kept rendered (search/cards.py) and still show every change.

Each test first sees a card as it is, from the cache where the page renders it a second time, then
changes what the card shows the way staff or a club does, and looks at the search page again.
"""

import pytest
from bs4 import BeautifulSoup

from ehrenamt.taxonomy.models import Category

pytestmark = pytest.mark.django_db


def card_of(client, title_word, **params):
    response = client.get("/suche/", {"q": title_word, **params})
    assert response.status_code == 200
    cards = BeautifulSoup(response.content, "html.parser").select(".search-results__list .card")
    assert len(cards) == 1
    return cards[0]


def kept(client, title_word, **params):
    """The card as the second rendering of the same search shows it, from the cache."""
    first = card_of(client, title_word, **params)
    again = card_of(client, title_word, **params)
    assert str(again) == str(first)
    return again


def test_a_published_change_of_the_role_shows(client, world):
    card = kept(client, "Baumpflege")
    assert "Wir pflegen die alten Bäume im Park." in card.get_text()

    role = world.tree_care
    role.summary = "Wir gießen die jungen Bäume."
    role.save_revision().publish()
    assert "Wir gießen die jungen Bäume." in card_of(client, "Baumpflege").get_text()


def test_a_draft_of_the_role_does_not_show(client, world):
    kept(client, "Baumpflege")
    role = world.tree_care
    role.summary = "Nur ein Entwurf."
    role.save_revision()
    assert "Nur ein Entwurf." not in card_of(client, "Baumpflege").get_text()


def test_the_clubs_new_name_shows_on_its_roles_cards(client, world):
    assert "Naturfreunde Bensheim" in kept(client, "Baumpflege").get_text()
    club = world.tree_care.get_parent().specific
    club.title = "Naturfreunde an der Bergstraße"
    club.save_revision().publish()
    assert "Naturfreunde an der Bergstraße" in card_of(client, "Baumpflege").get_text()


def test_a_renamed_category_shows(client, world):
    assert "Umwelt & Naturschutz" in kept(client, "Baumpflege").get_text()
    category = Category.objects.get(slug="umwelt-naturschutz")
    category.name = "Natur und Umwelt"
    category.save()
    assert "Natur und Umwelt" in card_of(client, "Baumpflege").get_text()


def test_each_language_and_distance_has_its_own_card(client, world):
    german = kept(client, "Baumpflege").get_text()
    client.cookies["django_language"] = "en"
    english = card_of(client, "Baumpflege").get_text()
    assert "Zeitlicher Rahmen:" in german
    assert "Zeitlicher Rahmen:" not in english

    near = card_of(client, "Baumpflege", near="64625", radius=10).get_text()
    assert "km entfernt" not in german
    assert "km" in near
