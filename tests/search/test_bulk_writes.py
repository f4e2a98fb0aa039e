"""Pages written in bulk (imports, seeding) are found exactly as pages published one by one.

The world's roles are published one at a time, each through save(), the search signals and
modelsearch's own per-object indexer. Then the search rows and Wagtail's index are emptied and
written again through the bulk path (announce_published), and every answer must be the same.
"""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from ehrenamt.operations.bulk_index import write_index_entries
from ehrenamt.operations.pagetree import announce_published
from ehrenamt.opportunities.models import OpportunityPage
from search.models import SearchEntry

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
