"""The site keeps answering when the cache server or the database is gone, and recovers."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from tests.factories import ClubPageFactory

ROOT = Path(__file__).resolve().parents[2]


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "ehrenamt.operations.cache.TolerantRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"ehrenamt-test-{os.getpid()}",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def redis_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.django_db
def test_pages_answer_without_the_cache_server(settings, home_page):
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0")
    settings.PAGE_CACHE_SECONDS = 300
    club = ClubPageFactory(short_description="Wir turnen montags.")

    for _visit in range(2):
        response = Client().get(club.url)
        assert response.status_code == 200
        assert "Wir turnen montags." in response.content.decode()
    assert Client().get("/healthz").json()["checks"]["cache"] == "failing"


@pytest.mark.django_db
@pytest.mark.skipif(not redis_running(), reason="no Redis on 127.0.0.1:6379")
def test_pages_are_shared_through_the_real_redis(settings, home_page):
    settings.CACHES = redis_cache("redis://127.0.0.1:6379/0")
    settings.PAGE_CACHE_SECONDS = 30
    club = ClubPageFactory(short_description="Wir turnen montags.")

    assert Client().get(club.url).headers["X-Page-Cache"] == "miss"
    assert Client().get(club.url).headers["X-Page-Cache"] == "hit"
    club.short_description = "Jetzt auch mittwochs."
    club.save_revision().publish()
    assert "Jetzt auch mittwochs." in Client().get(club.url).content.decode()
    assert Client().get("/healthz").json()["checks"]["cache"] == "ok"


def test_without_a_database_the_site_answers_503_with_a_german_page():
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client(raise_request_exception=False).get('/');"
        "print(json.dumps({'status': r.status_code, 'retry': r.headers.get('Retry-After'),"
        " 'html': r.content.decode()}))"
    )
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="ehrenamt.settings.test",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port()}/ehrenamt",
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
    assert answer["retry"] == "30"
    assert "Vorübergehend nicht erreichbar" in answer["html"]
    assert "Traceback" not in answer["html"]


@pytest.mark.django_db(transaction=True)
def test_the_site_recovers_when_the_database_returns(home_page):
    if connection.vendor != "postgresql":
        pytest.skip("needs a database server that can go away")
    visitor = Client(raise_request_exception=False)
    port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = closed_port()
    try:
        assert visitor.get("/").status_code == 503
    finally:
        connection.close()
        connection.settings_dict["PORT"] = port
    assert visitor.get("/").status_code == 200
