"""Keeps the search table (search/models.py) in step with the opportunity pages.

A row exists for every current opportunity: live, not filled, not past its date. Each change
re-reads the pages concerned and writes their rows again, or removes them when the page is no
longer current. `rebuild_entries()` writes the whole table from scratch.

Rows are written per chunk in one statement. On PostgreSQL it is an INSERT … SELECT from one
array per column, the database building each row's weighted vector: a Django expression per
row cost more than everything else of an import's search rows.
"""

from django.db import connection, transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone

from ehrenamt.operations.pagetree import batched, value_getters
from ehrenamt.opportunities.accessibility import accessibility_mask
from ehrenamt.opportunities.models import OpportunityPage

from .engines.text import document_sql, document_texts
from .models import (
    FACET_COLUMNS,
    SearchCombination,
    SearchEntry,
    SearchWord,
    combination_key,
    joined_terms,
)
from .vocabulary import vocabulary_of

CHUNK_SIZE = 2000
PLACES = ["club", "municipality__district__state"]
TERMS = ["categories", "target_groups", "activities"]


def _current_pages():
    return OpportunityPage.objects.current().select_related(*PLACES).prefetch_related(*TERMS)


def entry_for(page):
    """The row for a current page; its terms come from the page (pending ones before saving)."""
    municipality = page.municipality
    return SearchEntry(
        page_id=page.pk,
        published_at=page.first_published_at,
        valid_through=page.valid_through,
        municipality=municipality.slug,
        district=municipality.district.slug,
        state=municipality.district.state.slug,
        commitment=page.commitment,
        remote=page.remote_possible,
        latitude=page.latitude,
        longitude=page.longitude,
        categories=joined_terms(term.slug for term in page.categories.all()),
        target_groups=joined_terms(term.slug for term in page.target_groups.all()),
        activities=joined_terms(term.slug for term in page.activities.all()),
        accessibility=accessibility_mask(page),
        time_slots=page.time_slots,
        minimum_age=page.minimum_age,
    )


def is_current(page):
    return page.live and not page.filled and page.valid_through >= timezone.localdate()


def _facet_values(entry):
    return tuple(getattr(entry, column) for column in FACET_COLUMNS)


def _create(pages):
    """Writes the rows of current pages, each pointing to its combination of facet values
    (created when new)."""
    entries = [entry_for(page) for page in pages]
    wanted = {combination_key(_facet_values(entry)): _facet_values(entry) for entry in entries}
    SearchCombination.objects.bulk_create(
        [
            SearchCombination(key=key, **dict(zip(FACET_COLUMNS, values, strict=True)))
            for key, values in wanted.items()
        ],
        ignore_conflicts=True,
    )
    ids = dict(SearchCombination.objects.filter(key__in=wanted).values_list("key", "pk"))
    for entry in entries:
        entry.combination_id = ids[combination_key(_facet_values(entry))]
    if connection.vendor == "postgresql":
        _insert_with_documents(entries, [document_texts(page) for page in pages])
    else:
        SearchEntry.objects.bulk_create(entries)


def _insert_with_documents(entries, texts):
    if not entries:
        return
    fields = [field for field in SearchEntry._meta.concrete_fields if field.name != "document"]
    quote = connection.ops.quote_name
    columns = [quote(field.column) for field in fields]
    arrays = [[get(entry) for entry in entries] for get in value_getters(fields)]
    titles, bodies = zip(*texts, strict=True)
    document, document_params = document_sql("title", "body")
    unnest = ", ".join(f"%s::{field.db_type(connection)}[]" for field in fields)
    # Names and types come from the model's own metadata; every value is a parameter.
    sql = f"""
        INSERT INTO {quote(SearchEntry._meta.db_table)} ({", ".join(columns)}, document)
        SELECT {", ".join(columns)}, {document}
        FROM unnest({unnest}, %s::text[], %s::text[]) AS given ({", ".join(columns)}, title, body)
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*document_params, *arrays, list(titles), list(bodies)])


def _add_words(pages):
    words = set().union(*(vocabulary_of(page) for page in pages)) if pages else set()
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in sorted(words)], ignore_conflicts=True
    )


def _replace(page_ids, pages):
    with transaction.atomic():
        SearchEntry.objects.filter(page_id__in=page_ids).delete()
        _create(pages)
        _add_words(pages)


def sync_pages(page_ids):
    """Writes the rows of these pages as the database has them now."""
    for chunk in batched(page_ids, CHUNK_SIZE):
        _replace(chunk, list(_current_pages().filter(pk__in=chunk)))


def sync_loaded(page_ids, pages):
    """Writes the rows of these pages from instances in hand (those of page_ids that still
    exist), their term lists held or prefetched (operations.pagetree.announce_written)."""
    prefetch_related_objects(pages, *PLACES)
    for chunk in batched(page_ids, CHUNK_SIZE):
        wanted = set(chunk)
        _replace(chunk, [page for page in pages if page.pk in wanted and is_current(page)])


def sync_instance(page):
    """Writes the row of a page being saved from the instance itself.

    During save() the many-to-many links are written after post_save; the instance already holds
    them, the database not yet.
    """
    _replace([page.pk], [page] if is_current(page) else [])


def rebuild_entries():
    """Writes the whole table again; returns the number of rows."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchCombination.objects.all().delete()
        SearchWord.objects.all().delete()
        pages = _current_pages().order_by("pk")
        for chunk in batched(pages.iterator(chunk_size=CHUNK_SIZE), CHUNK_SIZE):
            _create(chunk)
            _add_words(chunk)
            count += len(chunk)
    return count
