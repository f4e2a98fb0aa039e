"""The shared behaviour of every search engine, through the public JSON API."""

import pytest
from django.db import connection

API = "/api/v1/opportunities/"

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(answer):
    return [result["title"] for result in answer["results"]]


def test_finds_only_current_roles(client, world, engine):
    answer = search(client)
    assert answer["count"] == 5
    assert not any("abgelaufen" in t or "besetzt" in t or "Entwurf" in t for t in titles(answer))


def test_text_finds_words_in_title_and_summary(client, world, engine):
    assert titles(search(client, q="Hausaufgabenhilfe")) == ["Hausaufgabenhilfe"]
    assert titles(search(client, q="Geschichten")) == ["Vorlesen im Seniorenheim"]
    assert search(client, q="Quantenphysik")["count"] == 0


def test_all_words_must_match(client, world, engine):
    assert titles(search(client, q="Lebensmittel Bedürftige")) == ["Lebensmittel ausgeben"]
    assert search(client, q="Lebensmittel Luisenpark")["count"] == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="German stemming needs PostgreSQL")
def test_german_stemming_baeume_finds_baum(client, world, engine):
    found = set(titles(search(client, q="Bäume")))
    assert "Pflanzaktion im Luisenpark" in found  # says "Baum-Setzlinge"
    assert "Baumpflege im Stadtpark" in found


def test_relevance_puts_title_matches_first(client, world, engine):
    answer = search(client, q="Vorlesen")
    assert titles(answer)[0] == "Vorlesen im Seniorenheim"


def test_filters_by_municipality_state_category_commitment_and_remote(client, world, engine):
    assert titles(search(client, municipality="viernheim")) == ["Hausaufgabenhilfe"]
    assert set(titles(search(client, state=["bw", "rp"]))) == {
        "Pflanzaktion im Luisenpark",
        "Vorlesen im Seniorenheim",
    }
    assert set(titles(search(client, category="umwelt-naturschutz"))) == {
        "Baumpflege im Stadtpark",
        "Pflanzaktion im Luisenpark",
    }
    assert titles(search(client, commitment="one_off")) == ["Pflanzaktion im Luisenpark"]
    assert titles(search(client, remote="1")) == ["Hausaufgabenhilfe"]
    assert titles(search(client, target_group="seniorinnen")) == ["Vorlesen im Seniorenheim"]
    assert search(client, district="kreis-bergstrasse")["count"] == 3


def test_repeated_parameter_means_any_of_them(client, world, engine):
    answer = search(client, municipality=["viernheim", "bensheim"])
    assert set(titles(answer)) == {"Hausaufgabenhilfe", "Baumpflege im Stadtpark"}


def test_filters_of_different_kinds_all_apply(client, world, engine):
    answer = search(client, state="he", category="umwelt-naturschutz")
    assert titles(answer) == ["Baumpflege im Stadtpark"]


def test_facets_count_with_every_other_filter_applied(client, world, engine):
    answer = search(client, municipality="viernheim", state="he")
    facets = answer["facets"]
    # Selecting Viernheim still shows the other Hessian places to add.
    assert facets["municipality"] == {"bensheim": 1, "heppenheim": 1, "viernheim": 1}
    # The state facet ignores the state filter but keeps the municipality filter.
    assert facets["state"] == {"he": 1}
    assert facets["category"] == {"kinder-jugend": 1, "bildung": 1}
    assert facets["target_group"] == {"jugendliche": 1, "kinder": 1}
    assert facets["commitment"] == {"regular": 1}


def test_facets_without_filters_count_everything(client, world, engine):
    facets = search(client)["facets"]
    assert facets["state"] == {"he": 3, "bw": 1, "rp": 1}
    assert facets["category"]["umwelt-naturschutz"] == 2
    assert facets["commitment"] == {"regular": 2, "flexible": 2, "one_off": 1}


def test_radius_around_a_postcode(client, world, engine):
    answer = search(client, near="64625", radius=10)
    assert set(titles(answer)) == {"Baumpflege im Stadtpark", "Lebensmittel ausgeben"}
    distances = {r["title"]: r["distance_km"] for r in answer["results"]}
    assert distances["Baumpflege im Stadtpark"] == 0
    assert 3 < distances["Lebensmittel ausgeben"] < 6


def test_radius_around_a_municipality_slug(client, world, engine):
    answer = search(client, near="mannheim", radius=5)
    assert set(titles(answer)) == {"Pflanzaktion im Luisenpark", "Vorlesen im Seniorenheim"}


def test_default_radius_is_ten_km(client, world, engine):
    assert search(client, near="bensheim")["count"] == 2
    assert search(client, near="bensheim", radius=50)["count"] == 5


def test_sort_by_distance(client, world, engine):
    answer = search(client, near="64625", radius=50, sort="distance")
    distances = [r["distance_km"] for r in answer["results"]]
    assert distances == sorted(distances)
    assert titles(answer)[0] == "Baumpflege im Stadtpark"


def test_sort_by_distance_page_by_page(client, world, engine):
    # One per page: the nearest ones lie close to Bensheim, the later ones far out.
    everything = titles(search(client, near="64625", radius=50, sort="distance"))
    one_by_one = [
        titles(search(client, near="64625", radius=50, sort="distance", page_size=1, page=n))[0]
        for n in range(1, len(everything) + 1)
    ]
    assert one_by_one == everything
    assert len(everything) == 5


def test_sort_by_deadline(client, world, engine):
    assert titles(search(client, sort="deadline")) == [
        "Pflanzaktion im Luisenpark",
        "Baumpflege im Stadtpark",
        "Lebensmittel ausgeben",
        "Hausaufgabenhilfe",
        "Vorlesen im Seniorenheim",
    ]


def test_sort_by_newest(client, world, engine):
    assert titles(search(client, sort="newest"))[0] == "Vorlesen im Seniorenheim"


def test_pagination(client, world, engine):
    first = search(client, sort="deadline", page_size=2)
    second = search(client, sort="deadline", page_size=2, page=2)
    third = search(client, sort="deadline", page_size=2, page=3)
    assert (first["count"], first["page"], first["page_size"]) == (5, 1, 2)
    assert titles(first) + titles(second) + titles(third) == titles(search(client, sort="deadline"))
    assert search(client, page=9)["results"] == []


def test_new_since_without_facets_as_the_alert_digests_ask(world, engine):
    """The alert digests ask each engine for roles published after a moment, without facets."""
    import dataclasses
    import datetime

    from django.utils import timezone

    from ehrenamt.opportunities.models import OpportunityPage
    from search.query import OpportunityQuery, Sort
    from search.service import configured_engine, search_with

    now = timezone.now()
    current = search_with(configured_engine(), OpportunityQuery()).ids
    for days, pk in enumerate(sorted(current)):
        page = OpportunityPage.objects.get(pk=pk)
        page.first_published_at = now - datetime.timedelta(days=days + 1)
        page.save(update_fields=["first_published_at"])
    if engine == "elasticsearch":
        from search.elastic.index import rebuild_index

        rebuild_index()

    query = OpportunityQuery(sort=Sort.NEWEST, with_facets=False)
    everything = search_with(configured_engine(), OpportunityQuery(sort=Sort.NEWEST))
    assert (everything.count, everything.ids[0]) == (5, min(current))
    assert everything.facets
    since = now - datetime.timedelta(days=2, hours=1)
    outcome = search_with(configured_engine(), dataclasses.replace(query, published_after=since))
    assert (outcome.count, outcome.ids, outcome.facets) == (2, sorted(current)[:2], {})
