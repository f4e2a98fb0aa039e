"""The database engine's search table follows the pages: publish, unpublish, fill, expire, delete,
confirm, bulk writes, and search_rebuild."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from ehrenamt.operations.pagetree import PageTreeWriter, announce_published
from ehrenamt.opportunities.freshness import extend
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.taxonomy.models import Category
from search.models import SearchEntry
from tests.factories import OpportunityPageFactory, municipality

API = "/api/v1/opportunities/"

pytestmark = pytest.mark.django_db


def found(client, **params):
    return {result["title"] for result in client.get(API, params).json()["results"]}


def test_filled_and_unpublished_roles_disappear(client, world):
    assert "Lebensmittel ausgeben" in found(client)
    assert "Hausaufgabenhilfe" in found(client, q="Hausaufgabenhilfe")
    world.food_bank.filled = True
    world.food_bank.save_revision().publish()
    world.homework.unpublish()
    assert "Lebensmittel ausgeben" not in found(client)
    assert "Hausaufgabenhilfe" not in found(client, q="Hausaufgabenhilfe")


def test_edits_show_once_published(client, world):
    regular = {"Baumpflege im Stadtpark", "Hausaufgabenhilfe"}
    world.reading.commitment = "regular"
    world.reading.save_revision()
    assert found(client, commitment="regular") == regular
    world.reading.save_revision().publish()
    assert found(client, commitment="regular") == regular | {"Vorlesen im Seniorenheim"}


def test_words_follow_published_edits(client, world):
    world.reading.summary = "Mit Märchenstunde für Kinder aus der Nachbarschaft."
    world.reading.save_revision()
    assert found(client, q="Märchenstunde") == set()
    world.reading.save_revision().publish()
    assert found(client, q="Märchenstunde") == {"Vorlesen im Seniorenheim"}
    assert found(client, q="Erzählnachmittag") == set()
    world.reading.title = "Erzählnachmittag im Seniorenheim"
    world.reading.save_revision().publish()
    assert found(client, q="Erzählnachmittag Märchenstunde") == {"Erzählnachmittag im Seniorenheim"}


def test_relevance_pages_list_title_hits_first_then_the_rest(client, world):
    club = world.homework.get_parent()
    OpportunityPageFactory(parent=club, title="Spielen mit Kindern", summary="Jeden Freitag.")
    OpportunityPageFactory(parent=club, title="Kinder begleiten", summary="Zum Schwimmbad.")
    everything = [result["title"] for result in client.get(API, {"q": "Kinder"}).json()["results"]]
    one_by_one = [
        client.get(API, {"q": "Kinder", "page_size": 1, "page": page}).json()["results"][0]["title"]
        for page in range(1, len(everything) + 1)
    ]
    assert one_by_one == everything
    # The homework role says "Kinder" only in its summary.
    assert everything[-1] == "Hausaufgabenhilfe"
    assert set(everything[:2]) == {"Spielen mit Kindern", "Kinder begleiten"}


def test_a_role_past_its_date_disappears_without_any_change(client, world, monkeypatch):
    assert "Pflanzaktion im Luisenpark" in found(client)
    after_planting = timezone.localdate() + datetime.timedelta(days=15)
    monkeypatch.setattr(timezone, "localdate", lambda *args: after_planting)
    assert "Pflanzaktion im Luisenpark" not in found(client)
    assert "Baumpflege im Stadtpark" in found(client)


def test_confirming_a_role_keeps_it_searchable(client, world, monkeypatch):
    extend(world.planting, today=timezone.localdate() + datetime.timedelta(days=10))
    after_old_date = timezone.localdate() + datetime.timedelta(days=15)
    monkeypatch.setattr(timezone, "localdate", lambda *args: after_old_date)
    assert "Pflanzaktion im Luisenpark" in found(client)


def test_deleted_roles_disappear(client, world):
    assert "Baumpflege im Stadtpark" in found(client)
    world.tree_care.delete()
    assert "Baumpflege im Stadtpark" not in found(client)


def test_roles_written_in_bulk_are_found(client, world):
    club = world.tree_care.get_parent().specific
    role = OpportunityPage(
        title="Nistkästen bauen",
        slug="nistkaesten-bauen",
        summary="Wir bauen Nistkästen.",
        municipality=municipality("bensheim"),
        valid_through=timezone.localdate() + datetime.timedelta(days=30),
    )
    role.latitude, role.longitude = role.coordinates()
    writer = PageTreeWriter()
    category = Category.objects.get(slug="umwelt-naturschutz")
    pages = writer.add(OpportunityPage, [(club, role, {"categories": [category.pk]})])
    writer.finish()
    announce_published(OpportunityPage, [page.pk for page in pages])
    assert found(client, category="umwelt-naturschutz", municipality="bensheim") == {
        "Baumpflege im Stadtpark",
        "Nistkästen bauen",
    }


def test_search_rebuild_writes_the_table_again(client, world):
    SearchEntry.objects.all().delete()
    assert client.get(API).json()["count"] == 0
    call_command("search_rebuild")
    assert client.get(API).json()["count"] == 5
