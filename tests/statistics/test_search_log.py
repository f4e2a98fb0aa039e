"""Searches that found nothing are logged with words, filters and day only: nothing about the person."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from ehrenamt.statistics.models import ZeroResultSearch
from tests.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

VISITOR = {"REMOTE_ADDR": "203.0.113.7", "HTTP_USER_AGENT": "Testbrowser/1.0 (Erika)"}


def test_search_page_logs_a_search_without_result(client, home_page):
    client.get("/suche/", {"q": "  Zauberei  AG ", "municipality": "bensheim", "remote": "1"})
    search = ZeroResultSearch.objects.get()
    assert search.text == "zauberei ag"
    assert search.filters == {"municipality": ["bensheim"], "remote": True}
    assert [place.slug for place in search.municipalities.all()] == ["bensheim"]
    assert search.searched_on == timezone.localdate()


def test_api_logs_too_with_categories(client, home_page):
    client.get("/api/v1/opportunities/", {"category": "tierschutz", "near": "64625"})
    search = ZeroResultSearch.objects.get()
    assert search.text == ""
    assert search.filters == {"category": ["tierschutz"], "near": "64625 Bensheim", "radius": 10}
    assert [category.slug for category in search.categories.all()] == ["tierschutz"]


def test_nothing_about_the_person_is_stored(client, home_page):
    user = get_user_model().objects.create_user("erika", "erika@example.org", "x")
    client.force_login(user)
    client.get("/suche/", {"q": "Zauberei"}, **VISITOR)
    fields = {field.name for field in ZeroResultSearch._meta.get_fields()}
    assert fields == {"id", "text", "filters", "municipalities", "categories", "searched_on"}
    stored = json.dumps(list(ZeroResultSearch.objects.values()), default=str)
    for personal in ("203.0.113.7", "Testbrowser", "erika"):
        assert personal not in stored


def test_searches_with_results_or_bad_input_or_nothing_asked_are_not_logged(client, home_page):
    OpportunityPageFactory(title="Zauberei für Kinder")
    client.get("/suche/", {"q": "Zauberei"})
    client.get("/suche/", {"municipality": "atlantis"})
    client.get("/api/v1/opportunities/", {"radius": "-5", "near": "64625"})
    client.get("/suche/")
    assert not ZeroResultSearch.objects.exists()
