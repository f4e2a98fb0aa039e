"""Filters by accessibility, age, weekday and daytime, with their facets, on every engine."""

import re

import pytest

from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.opportunities.schedule import slots_mask

API = "/api/v1/opportunities/"
PAGE = "/suche/"

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(answer):
    return {result["title"] for result in answer["results"]}


def describe(page, **fields):
    """Saves what the editor would enter; the save keeps the search in step."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def described(world, engine):
    """Tree care: step-free with WC, Monday and Wednesday mornings, from 16.
    Food bank: step-free, sign language, Tuesday evening, no minimum age.
    Homework: easy language, Monday and Tuesday afternoons, from 18.
    Planting and reading: nothing stated."""
    describe(
        OpportunityPage.objects.get(pk=world.tree_care.pk),
        step_free=True,
        accessible_wc=True,
        sign_language=False,
        time_slots=slots_mask(["mon", "wed"], ["morning"]),
        minimum_age=16,
    )
    describe(
        OpportunityPage.objects.get(pk=world.food_bank.pk),
        step_free=True,
        sign_language=True,
        time_slots=slots_mask(["tue"], ["evening"]),
    )
    describe(
        OpportunityPage.objects.get(pk=world.homework.pk),
        easy_language=True,
        time_slots=slots_mask(["mon", "tue"], ["afternoon"]),
        minimum_age=18,
    )
    if engine == "elasticsearch":
        from search.elastic.index import rebuild_index

        rebuild_index()
    return world


def test_accessibility_items_must_all_hold(client, described):
    assert titles(search(client, accessibility="step_free")) == {
        "Baumpflege im Stadtpark",
        "Lebensmittel ausgeben",
    }
    assert titles(search(client, accessibility=["step_free", "accessible_wc"])) == {
        "Baumpflege im Stadtpark"
    }
    # "No" and "not stated" never pass.
    assert search(client, accessibility=["sign_language", "accessible_wc"])["count"] == 0


def test_age_keeps_roles_whose_minimum_age_allows_it(client, described):
    assert titles(search(client, age="15")) == {
        "Lebensmittel ausgeben",
        "Pflanzaktion im Luisenpark",
        "Vorlesen im Seniorenheim",
    }
    assert "Baumpflege im Stadtpark" in titles(search(client, age="16"))
    assert "Hausaufgabenhilfe" not in titles(search(client, age="17"))
    assert search(client, age="99")["count"] == 5


def test_weekday_and_daytime_take_any_of_the_chosen_slots(client, described):
    assert titles(search(client, weekday="mon")) == {
        "Baumpflege im Stadtpark",
        "Hausaufgabenhilfe",
    }
    assert titles(search(client, weekday=["wed", "tue"])) == {
        "Baumpflege im Stadtpark",
        "Lebensmittel ausgeben",
        "Hausaufgabenhilfe",
    }
    assert titles(search(client, daytime="evening")) == {"Lebensmittel ausgeben"}
    # Both chosen: a role must take place on one of the days at one of the times.
    assert titles(search(client, weekday="mon", daytime="afternoon")) == {"Hausaufgabenhilfe"}
    assert search(client, weekday="wed", daytime="evening")["count"] == 0
    # Roles without stated times never match a time filter.
    assert "Vorlesen im Seniorenheim" not in titles(search(client, daytime=["morning", "evening"]))


def test_facets_count_what_each_choice_would_leave(client, described):
    facets = search(client)["facets"]
    assert facets["accessibility"] == {
        "step_free": 2,
        "accessible_wc": 1,
        "sign_language": 1,
        "easy_language": 1,
    }
    assert facets["weekday"] == {"mon": 2, "tue": 2, "wed": 1}
    assert facets["daytime"] == {"morning": 1, "afternoon": 1, "evening": 1}

    chosen = search(client, weekday="mon", accessibility="step_free")
    assert titles(chosen) == {"Baumpflege im Stadtpark"}
    # Weekdays still count with the other days (multi-select) and the accessibility filter.
    assert chosen["facets"]["weekday"] == {"mon": 1, "tue": 1, "wed": 1}
    assert chosen["facets"]["accessibility"] == {"step_free": 1, "accessible_wc": 1}
    assert chosen["facets"]["daytime"] == {"morning": 1}
    # The other facets apply the new filters too.
    assert chosen["facets"]["municipality"] == {"bensheim": 1}

    evening = search(client, daytime="evening")
    assert evening["facets"]["weekday"] == {"tue": 1}
    assert evening["facets"]["daytime"] == {"morning": 1, "afternoon": 1, "evening": 1}


def test_the_search_page_offers_the_new_filters_and_keeps_them(client, described):
    body = client.get(PAGE, {"weekday": "mon", "age": "30"}).content.decode()
    assert "2 Angebote gefunden" in body
    for text in ("Barrierefreiheit", "Wochentag", "Tageszeit", "Stufenlos erreichbar"):
        assert text in body
    assert re.search(r'value="mon" id="id_weekday_mon"\s+checked', body)
    assert 'value="30"' in body
    assert "Filter (2)" in body
