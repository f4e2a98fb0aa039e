"""Pages written in bulk (imports, seeding) are found exactly as pages published one by one.

The world's roles are published one at a time, each through save(), the search signals and
modelsearch's own per-object indexer. Then the search rows and Wagtail's index are emptied and
written again through the bulk path (announce_published), and every answer must be the same.
"""

import datetime

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from ehrenamt.operations.bulk_index import write_index_entries
from ehrenamt.operations.pagetree import PageTreeWriter, announce_published, announce_written
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.taxonomy.models import Activity, Category
from search.models import SearchEntry
from tests.factories import municipality

API = "/api/v1/opportunities/"
QUERIES = [
    {},
    {"q": "Kinder"},
    {"q": "Bäume"},
    {"q": "Hausaufgabenhilfe"},
    {"q": "Lebensmittel Bedürftige"},
    {"q": "Naturfreunde"},
    {"q": "Seniorenheim", "state": "he"},
    {"category": "soziales", "sort": "newest"},
]

pytestmark = pytest.mark.django_db


def answers(client):
    replies = [client.get(API, query).json() for query in QUERIES]
    return [(reply["count"], reply["results"], reply["facets"]) for reply in replies]


def search_rows():
    return {
        entry.pop("page_id"): entry
        for entry in SearchEntry.objects.values()
        for entry in [dict(entry, document=str(entry["document"]))]
    }


def wagtail_index_rows():
    if connection.vendor != "postgresql":
        return None  # SQLite's full-text index is compared through the answers.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT object_id, title::text, autocomplete::text, body::text, title_text,"  # noqa: S608
            f" body_text, title_norm FROM {IndexEntry._meta.db_table} ORDER BY object_id"
        )
        return cursor.fetchall()


def test_the_bulk_path_answers_every_search_as_pages_published_one_by_one(client, world):
    one_by_one = answers(client)
    assert one_by_one[1][0] > 0, "the word is found before the rows are written again"
    rows = search_rows()

    SearchEntry.objects.all().delete()
    IndexEntry.objects.all().delete()
    assert client.get(API, {"q": "Kinder"}).json()["count"] == 0

    announce_published(OpportunityPage, list(OpportunityPage.objects.values_list("pk", flat=True)))
    assert answers(client) == one_by_one
    assert search_rows() == rows


@pytest.mark.skipif(connection.vendor != "postgresql", reason="modelsearch's PostgreSQL index")
def test_wagtails_index_rows_written_in_bulk_equal_modelsearchs_own(world):
    backend = get_search_backend()
    pages = list(OpportunityPage.objects.all())
    IndexEntry.objects.all().delete()
    backend.add_bulk(OpportunityPage, pages)
    own = wagtail_index_rows()
    assert any("baum" in row[3] for row in own)

    IndexEntry.objects.all().delete()
    write_index_entries(backend, OpportunityPage, pages)
    assert wagtail_index_rows() == own


def index_texts():
    """Wagtail's index rows without title_norm: modelsearch averages it over the rows there at
    the time, so a page indexed in an earlier batch keeps an earlier average."""
    rows = wagtail_index_rows()
    return rows and [row[:-1] for row in rows]


def written_in_bulk(club, titles):
    """Roles as an import writes them: terms given by id, in no particular order."""
    categories = list(Category.objects.order_by("-name")[:3])
    activity = Activity.objects.order_by("-pk").first()
    roles = []
    for number, title in enumerate(titles):
        role = OpportunityPage(
            title=title,
            slug=f"rolle-{len(title)}-{number}",
            summary=f"Wir suchen Hilfe für {title}.",
            description="<p>Mit Werkzeug &amp; Freude</p><p>für Kinder</p>",
            municipality=municipality("bensheim"),
            valid_through=timezone.localdate() + datetime.timedelta(days=30),
        )
        role.latitude, role.longitude = role.coordinates()
        relations = {
            "categories": [category.pk for category in categories[number % 3 :]],
            "activities": [activity.pk],
        }
        roles.append((club, role, relations))
    return roles


def test_pages_in_hand_are_indexed_as_the_same_pages_read_back(
    client, world, django_assert_max_num_queries
):
    writer = PageTreeWriter()
    club = world.tree_care.get_parent().specific
    first = written_in_bulk(club, ["Nistkästen bauen"])
    with django_assert_max_num_queries(30) as one:
        pages = writer.add(OpportunityPage, first)
        announce_written(OpportunityPage, pages)
    # Nothing is read per page: the lists, the club and the place are in hand.
    titles = ["Vorlesen im Seniorenheim", "Hecken schneiden", "Kuchen backen", "Zelte aufbauen"]
    more = written_in_bulk(club, titles)
    with django_assert_max_num_queries(len(one.captured_queries)):
        pages += writer.add(OpportunityPage, more)
        announce_written(OpportunityPage, pages[1:])
    writer.finish()
    found = client.get(API, {"q": "Nistkästen Werkzeug"}).json()
    assert [role["title"] for role in found["results"]] == ["Nistkästen bauen"]
    in_hand = (search_rows(), index_texts(), answers(client))
    ids = [page.pk for page in pages]

    SearchEntry.objects.filter(page_id__in=ids).delete()
    IndexEntry.objects.filter(object_id__in=[str(pk) for pk in ids]).delete()
    assert client.get(API, {"q": "Nistkästen"}).json()["count"] == 0
    announce_published(OpportunityPage, ids)
    assert (search_rows(), index_texts(), answers(client)) == in_hand
