"""A pg_dump restored into an empty database serves the same pages (docs/deploy.md, section 11)."""

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from tests.factories import ClubPageFactory, OpportunityPageFactory

ROOT = Path(__file__).resolve().parents[2]
RENDER = """
import django, json, sys
django.setup()
from django.test import Client
print(json.dumps({url: Client().get(url).content.decode() for url in sys.argv[1:]}))
"""


def run(*command, **env):
    return subprocess.run(  # noqa: S603 (fixed commands of this test)
        command, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=True
    )


def without_visitor_tokens(pages):
    """The pages with their per-visitor regions (form tokens: a time and a one-time key) emptied."""
    region = re.compile(r"(<!--per-visitor [^>]*-->).*?(<!--/per-visitor-->)", re.DOTALL)
    return {url: region.sub(r"\1\2", html) for url, html in pages.items()}


def render(database_url, urls):
    result = run(
        sys.executable,
        "-c",
        RENDER,
        *urls,
        DJANGO_SETTINGS_MODULE="ehrenamt.settings.test",
        DATABASE_URL=database_url,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db(transaction=True)
def test_a_restored_dump_serves_the_same_pages(home_page, tmp_path):
    if connection.vendor != "postgresql" or not shutil.which("pg_restore"):
        pytest.skip("needs PostgreSQL and its client tools")
    club = ClubPageFactory(short_description="Gesichert und wiederhergestellt.")
    opportunity = OpportunityPageFactory(parent=club, title="Bücher sortieren")
    urls = ["/", "/vereine/", club.url, "/suche/?q=B%C3%BCcher", "/opendata/"]
    urls = [url for url in urls if url]
    settings = connection.settings_dict
    server = ["-h", settings["HOST"] or "127.0.0.1", "-p", str(settings["PORT"] or 5432)]
    server += ["-U", settings["USER"]]
    password = {"PGPASSWORD": settings["PASSWORD"] or ""}
    source = f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@{server[1]}:{server[3]}"
    dump = tmp_path / "ehrenamt.dump"
    restored = f"ehrenamt_restore_{uuid.uuid4().hex[:8]}"

    run("pg_dump", *server, "--format=custom", f"--file={dump}", settings["NAME"], **password)
    run("createdb", *server, restored, **password)
    try:
        run("pg_restore", *server, "--no-owner", f"--dbname={restored}", str(dump), **password)
        before = render(f"{source}/{settings['NAME']}", urls)
        after = render(f"{source}/{restored}", urls)
    finally:
        run("dropdb", *server, "--if-exists", restored, **password)

    assert "Bücher sortieren" in after[club.url]
    assert opportunity.title in after["/suche/?q=B%C3%BCcher"]
    assert without_visitor_tokens(after) == without_visitor_tokens(before)
