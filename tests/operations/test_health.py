"""/healthz reports database, cache and search engine, with 503 when one of them fails."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthy_site_answers_200_with_each_check(client, settings):
    settings.ELASTICSEARCH_URL = ""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }
    assert "no-cache" in response.headers["Cache-Control"]


def test_unreachable_search_server_answers_503_without_naming_it(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["search"] == "failing"
    assert body["checks"]["database"] == "ok"
    assert "127.0.0.1" not in response.content.decode()


def test_a_cache_that_keeps_nothing_is_reported(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "failing"
