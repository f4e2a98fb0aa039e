"""The Elasticsearch engine without a server: its mapping, its request bodies, its fallback."""

import datetime
import logging

import pytest
from django.core.management import CommandError, call_command

from ehrenamt.opportunities.schedule import slots_mask
from search.elastic.document import OpportunityDocument, index_body
from search.elastic.engine import facet_counts
from search.elastic.request import build_search
from search.query import OpportunityQuery, Place

UNREACHABLE = "http://127.0.0.1:9"
TODAY = datetime.date(2026, 5, 1)
BENSHEIM = Place(latitude=49.681, longitude=8.617, label="64625 Bensheim")

pytestmark = pytest.mark.django_db


def body(**fields):
    return build_search(OpportunityQuery(**fields), "ehrenamt", TODAY).to_dict()


def test_mapping_has_german_text_keyword_facets_and_a_geo_point():
    properties = index_body()["mappings"]["properties"]
    for field in ("title", "summary", "body", "club_name"):
        assert properties[field] == {"type": "text", "analyzer": "german_folded"}
    for field in (
        "categories",
        "target_groups",
        "municipality",
        "state",
        "commitment",
        "source",
        "accessibility",
        "time_slots",
    ):
        assert properties[field] == {"type": "keyword"}
    assert properties["location"] == {"type": "geo_point"}
    assert properties["valid_through"] == {"type": "date"}


def test_document_from_a_page(world):
    document = OpportunityDocument.from_page(world.homework).to_dict()
    assert document["title"] == "Hausaufgabenhilfe"
    assert sorted(document["categories"]) == ["bildung", "kinder-jugend"]
    assert (document["municipality"], document["state"]) == ("viernheim", "he")
    assert document["location"] == {"lat": 49.54, "lon": 8.578}
    assert document["remote"] is True
    assert "Begleiten" in document["body"]
    assert "source" not in document  # own listings have no source


def test_text_query_needs_all_words_and_only_current_roles():
    request = body(text="Bäume pflanzen")
    match = request["query"]["bool"]["must"][0]["multi_match"]
    assert match == {
        "query": "Bäume pflanzen",
        "fields": ["title^3", "summary^2", "body", "club_name"],
        "operator": "and",
    }
    scope = request["query"]["bool"]["filter"][0]["bool"]["filter"]
    assert {"range": {"valid_through": {"gte": "2026-05-01"}}} in scope
    assert request["sort"] == ["_score", {"published_at": "desc"}]
    assert request["track_total_hits"] is True
    assert (request["from"], request["size"]) == (0, 20)


def test_facets_apply_every_other_filter():
    request = body(
        text="Garten", states=("he",), categories=("sport", "soziales"), commitment="regular"
    )
    assert request["post_filter"]["bool"]["filter"] == [
        {"terms": {"categories": ["sport", "soziales"]}},
        {"terms": {"state": ["he"]}},
        {"terms": {"commitment": ["regular"]}},
    ]
    aggs = request["aggs"]
    assert aggs["category"]["filter"]["bool"]["filter"] == [
        {"terms": {"state": ["he"]}},
        {"terms": {"commitment": ["regular"]}},
    ]
    assert aggs["state"]["filter"]["bool"]["filter"] == [
        {"terms": {"categories": ["sport", "soziales"]}},
        {"terms": {"commitment": ["regular"]}},
    ]
    assert aggs["municipality"]["aggs"]["values"]["terms"]["field"] == "municipality"
    assert aggs["target_group"]["aggs"]["values"]["terms"]["field"] == "target_groups"


def test_radius_query_filters_and_sorts_by_distance():
    request = body(near=BENSHEIM, radius_km=25, sort="distance", page=3, page_size=10)
    scope = request["query"]["bool"]["filter"][0]["bool"]["filter"]
    assert {
        "geo_distance": {"distance": "25km", "location": {"lat": 49.681, "lon": 8.617}}
    } in scope
    assert request["sort"] == [
        {"_geo_distance": {"location": {"lat": 49.681, "lon": 8.617}, "order": "asc", "unit": "km"}}
    ]
    assert (request["from"], request["size"]) == (20, 10)


def test_empty_query_has_all_facets_and_no_text():
    request = body()
    assert "must" not in request["query"]["bool"]
    assert "post_filter" not in request
    assert set(request["aggs"]) == {
        "category",
        "municipality",
        "state",
        "commitment",
        "target_group",
        "accessibility",
        "weekday",
        "daytime",
    }
    assert request["sort"] == [{"published_at": "desc"}]


def test_unreachable_server_falls_back_to_the_database_with_a_warning(
    client, world, settings, caplog
):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    with caplog.at_level(logging.WARNING, logger="search.service"):
        response = client.get("/api/v1/opportunities/", {"q": "Hausaufgabenhilfe"})
    assert response.status_code == 200
    assert [r["title"] for r in response.json()["results"]] == ["Hausaufgabenhilfe"]
    assert "answering from the database" in caplog.text
    page = client.get("/suche/", {"q": "Hausaufgabenhilfe"})
    assert page.status_code == 200


def test_publishing_with_unreachable_server_still_publishes(world, settings, caplog):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    page = world.reading
    page.title = "Vorlesen für alle"
    with caplog.at_level(logging.WARNING, logger="search.elastic.index"):
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.title == "Vorlesen für alle"
    assert "Search index not updated" in caplog.text


def test_rebuild_without_server_reports_clearly(settings):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    with pytest.raises(CommandError, match="Elasticsearch antwortet nicht"):
        call_command("search_rebuild")


def test_mapping_folds_sharp_s_and_umlauts_before_stemming():
    analysis = index_body()["settings"]["analysis"]
    folded = analysis["analyzer"]["german_folded"]
    assert folded["tokenizer"] == "standard"
    # german_normalization maps ß to ss, ä/ae to a, ö/oe to o, ü/ue to u; it must come after
    # lower-casing and before the stemmer, so that every spelling reaches the stemmer alike.
    filters = folded["filter"]
    assert filters.index("lowercase") < filters.index("german_normalization")
    assert filters.index("german_normalization") < filters.index("german_stemming")
    assert analysis["filter"]["german_stemming"] == {"type": "stemmer", "language": "light_german"}
    properties = index_body()["mappings"]["properties"]
    assert properties["minimum_age"] == {"type": "integer"}


def test_document_carries_stated_accessibility_time_slots_and_age(world):
    page = world.tree_care
    page.step_free, page.accessible_wc, page.sign_language = True, False, None
    page.time_slots = slots_mask(["mon"], ["morning", "evening"])
    page.minimum_age = 16
    document = OpportunityDocument.from_page(page).to_dict()
    assert document["accessibility"] == ["step_free"]
    assert document["time_slots"] == ["mon-morning", "mon-evening"]
    assert document["minimum_age"] == 16


def test_new_filters_in_the_request_body():
    request = body(
        accessibility=("step_free", "easy_language"),
        age=15,
        weekdays=("mon",),
        daytimes=("evening", "morning"),
    )
    post = request["post_filter"]["bool"]["filter"]
    assert {
        "bool": {
            "filter": [
                {"term": {"accessibility": "step_free"}},
                {"term": {"accessibility": "easy_language"}},
            ]
        }
    } in post
    assert {"terms": {"time_slots": ["mon-morning", "mon-evening"]}} in post
    scope = request["query"]["bool"]["filter"][0]["bool"]["filter"]
    assert {
        "bool": {
            "should": [
                {"bool": {"must_not": [{"exists": {"field": "minimum_age"}}]}},
                {"range": {"minimum_age": {"lte": 15}}},
            ],
            "minimum_should_match": 1,
        }
    } in scope


def test_new_facets_count_as_the_database_engine_does():
    aggs = body(accessibility=("step_free",), weekdays=("mon",), daytimes=("evening",))["aggs"]
    # Accessibility: over the results, every filter applied (all items are required).
    every = aggs["accessibility"]["filter"]["bool"]["filter"]
    assert {"terms": {"time_slots": ["mon-evening"]}} in every
    assert aggs["accessibility"]["aggs"]["values"]["terms"]["field"] == "accessibility"
    # Weekdays: every filter but the time slots; each day at the chosen daytimes.
    weekday = aggs["weekday"]
    assert {"terms": {"time_slots": ["mon-evening"]}} not in weekday["filter"]["bool"]["filter"]
    days = weekday["aggs"]["values"]["filters"]["filters"]
    assert days["tue"] == {"terms": {"time_slots": ["tue-evening"]}}
    times = aggs["daytime"]["aggs"]["values"]["filters"]["filters"]
    assert times["morning"] == {"terms": {"time_slots": ["mon-morning"]}}
    # The older facets apply the new filters as "other" filters.
    category = aggs["category"]["filter"]["bool"]["filter"]
    assert {"terms": {"time_slots": ["mon-evening"]}} in category


def test_facet_counts_are_read_from_terms_and_filters_buckets():
    assert facet_counts({"buckets": [{"key": "sport", "doc_count": 3}]}) == {"sport": 3}
    keyed = {"buckets": {"mon": {"doc_count": 2}, "tue": {"doc_count": 0}}}
    assert facet_counts(keyed) == {"mon": 2}


def test_text_sort_falls_back_when_distance_has_no_place():
    assert body(sort="distance", text="Garten")["sort"] == ["_score", {"published_at": "desc"}]
    assert body(near=BENSHEIM)["sort"] == [
        {"_geo_distance": {"location": {"lat": 49.681, "lon": 8.617}, "order": "asc", "unit": "km"}}
    ]
