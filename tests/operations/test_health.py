"""/healthz tells "degraded" (200, a shared dependency failing) from "down" (503, no database)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]


def unreachable_redis():
    # Port 1 on loopback: nothing listens there, so every connection is refused at once.
    return {
        "default": {
            "BACKEND": "ehrenamt.operations.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.mark.django_db
def test_healthy_site_answers_200_with_each_check(client, settings):
    settings.ELASTICSEARCH_URL = ""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }
    assert "no-cache" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_unreachable_search_server_is_degraded_and_not_named(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    response = client.get("/healthz")
    # Search falls back to the database: every server shares Elasticsearch, none is pulled.
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["search"] == "failing"
    assert body["checks"]["database"] == "ok"
    assert "127.0.0.1" not in response.content.decode()


@pytest.mark.django_db
def test_a_cache_that_keeps_nothing_is_reported_as_degraded(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["cache"] == "failing"


@pytest.mark.django_db
def test_unreachable_redis_is_degraded_not_down(settings):
    settings.CACHES = unreachable_redis()
    settings.ELASTICSEARCH_URL = ""
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "failing", "search": "ok"},
    }


def test_without_a_database_healthz_answers_503():
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client(raise_request_exception=False).get('/healthz');"
        "print(json.dumps({'status': r.status_code, 'body': r.content.decode()}))"
    )
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="ehrenamt.settings.test",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/ehrenamt",
    )
    result = subprocess.run(  # noqa: S603 (our own fixed script)
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 503
    body = json.loads(answer["body"])
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "failing"
