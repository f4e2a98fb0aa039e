"""The JSON API's answer shape, the autocomplete, and a constant number of SQL queries."""

import pytest

from ehrenamt.opportunities.models import OpportunityPage
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

API = "/api/v1/opportunities/"
SUGGEST = "/api/v1/suggest/"

pytestmark = pytest.mark.django_db


def test_result_shape(client, world):
    answer = client.get(API, {"q": "Hausaufgabenhilfe", "near": "68519"}).json()
    assert set(answer) == {"count", "page", "page_size", "sort", "notices", "results", "facets"}
    assert (answer["sort"], answer["notices"]) == ("relevance", [])
    assert (answer["count"], answer["page"], answer["page_size"]) == (1, 1, 20)
    assert answer["results"] == [
        {
            "id": world.homework.pk,
            "title": "Hausaufgabenhilfe",
            "url": "/vereine/jugendtreff-viernheim/hausaufgabenhilfe/",
            "summary": "Kinder bei den Hausaufgaben begleiten, auch per Video.",
            "club": {"name": "Jugendtreff Viernheim", "url": "/vereine/jugendtreff-viernheim/"},
            "municipality": {"slug": "viernheim", "name": "Viernheim", "state": "he"},
            "categories": ["kinder-jugend", "bildung"],
            "commitment": "regular",
            "remote": True,
            "distance_km": 0.0,
            "source": None,
        }
    ]
    assert set(answer["facets"]) == {
        "category",
        "municipality",
        "state",
        "commitment",
        "target_group",
        "accessibility",
        "weekday",
        "daytime",
    }


def test_distance_only_when_near_is_given(client, world):
    result = client.get(API).json()["results"][0]
    assert "distance_km" not in result


def test_imported_listing_carries_its_source(client, world):
    OpportunityPage.objects.filter(pk=world.reading.pk).update(
        source_name="Ehrenamtsbörse Ludwigshafen", source_url="https://example.org/1"
    )
    result = client.get(API, {"q": "Vorlesen"}).json()["results"][0]
    assert result["source"]["name"] == "Ehrenamtsbörse Ludwigshafen"


def test_only_get_is_allowed(client, world):
    assert client.post(API).status_code == 405


def _add_roles(count):
    club = ClubPageFactory(municipality=municipality("lorsch"), postcode="64653")
    for number in range(count):
        OpportunityPageFactory(parent=club, title=f"Gartenhilfe {number}", summary="Garten")


ALL_FILTERS = {
    "q": "Garten",
    "municipality": ["lorsch", "bensheim"],
    "state": "he",
    "category": "soziales",
    "target_group": "familien",
    "activity": "beraten",
    "district": "kreis-bergstrasse",
    "commitment": "regular",
    "near": "64625",
    "radius": "30",
    "accessibility": ["step_free", "easy_language"],
    "age": "30",
    "weekday": ["mon", "sat"],
    "daytime": "evening",
    "sort": "relevance",
}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "Garten"},
        {"near": "64625", "sort": "distance"},
        {"near": "Lorsch", "q": "Gartn"},
        ALL_FILTERS,
    ],
    ids=["empty", "text", "radius", "place-name-misspelt-word", "all-filters"],
)
def test_queries_per_request_do_not_grow_with_data(
    client, home_page, params, django_assert_max_num_queries
):
    _add_roles(2)
    # A search without hits also looks up the vocabulary and tries up to three corrections.
    with django_assert_max_num_queries(26) as small:
        client.get(API, params)
    _add_roles(25)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(API, params).status_code == 200


def test_suggest_names_titles_clubs_categories_and_places(client, world):
    suggestions = client.get(SUGGEST, {"q": "Vier"}).json()["suggestions"]
    assert {
        "kind": "municipality",
        "label": "Viernheim",
        "url": "/suche/?municipality=viernheim",
    } in (suggestions)
    assert {
        "kind": "club",
        "label": "Jugendtreff Viernheim",
        "detail": "Viernheim",
        "url": "/vereine/jugendtreff-viernheim/",
    } in suggestions
    kinds = {s["kind"] for s in client.get(SUGGEST, {"q": "Baum"}).json()["suggestions"]}
    assert kinds == {"opportunity"}
    categories = client.get(SUGGEST, {"q": "umwelt"}).json()["suggestions"]
    assert categories[0]["url"] == "/suche/?category=umwelt-naturschutz"


def test_suggested_titles_say_their_club_and_place(client, world):
    (baum,) = client.get(SUGGEST, {"q": "Baumpflege"}).json()["suggestions"]
    assert baum["detail"] == "Naturfreunde Bensheim · Bensheim"


def test_suggest_places_for_the_place_field(client, world):
    def places(text):
        answer = client.get(SUGGEST, {"q": text, "kind": "place"}).json()["suggestions"]
        return [(s["label"], s["value"]) for s in answer]

    assert places("fuer") == [("Fürth (Odenwald)", "Fürth (Odenwald)")]
    assert ("Heppenheim (Bergstraße)", "Heppenheim (Bergstraße)") in places("HEPP")
    assert places("6462")[0] == ("64625 Bensheim", "64625")
    assert places("Odenwald")[0][0].endswith("(Odenwald)")
    assert places("🎉🎉") == []


def test_suggest_ignores_too_short_or_too_long_input(client, world):
    assert client.get(SUGGEST, {"q": "B"}).json() == {"suggestions": []}
    assert client.get(SUGGEST, {"q": "B" * 500}).json() == {"suggestions": []}


def test_suggest_never_shows_expired_roles(client, world):
    labels = [s["label"] for s in client.get(SUGGEST, {"q": "Baumpflege"}).json()["suggestions"]]
    assert labels == ["Baumpflege im Stadtpark"]
