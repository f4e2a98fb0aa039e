"""Keeps the search table (search/models.py) in step with the opportunity pages.

A row exists for every current opportunity: live, not filled, not past its date. Each change
re-reads the pages concerned and writes their rows again, or removes them when the page is no
longer current. `rebuild_entries()` writes the whole table from scratch.
"""

from django.db import transaction
from django.utils import timezone

from ehrenamt.operations.pagetree import batched
from ehrenamt.opportunities.accessibility import accessibility_mask
from ehrenamt.opportunities.models import OpportunityPage

from .engines.text import document_for
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


def _current_pages():
    return (
        OpportunityPage.objects.current()
        .select_related("club", "municipality__district__state")
        .prefetch_related("categories", "target_groups", "activities")
    )


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
        document=document_for(page),
    )


def is_current(page):
    return page.live and not page.filled and page.valid_through >= timezone.localdate()


def _facet_values(entry):
    return tuple(getattr(entry, column) for column in FACET_COLUMNS)


def _create(entries):
    """Writes the rows, each pointing to its combination of facet values (created when new)."""
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
    SearchEntry.objects.bulk_create(entries)


def _add_words(pages):
    words = set().union(*(vocabulary_of(page) for page in pages)) if pages else set()
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in sorted(words)], ignore_conflicts=True
    )


def _replace(page_ids, entries, pages):
    with transaction.atomic():
        SearchEntry.objects.filter(page_id__in=page_ids).delete()
        _create(entries)
        _add_words(pages)


def sync_pages(page_ids):
    """Writes the rows of these pages as the database has them now."""
    for chunk in batched(page_ids, CHUNK_SIZE):
        pages = list(_current_pages().filter(pk__in=chunk))
        _replace(chunk, [entry_for(page) for page in pages], pages)


def sync_instance(page):
    """Writes the row of a page being saved from the instance itself.

    During save() the many-to-many links are written after post_save; the instance already holds
    them, the database not yet.
    """
    current = is_current(page)
    _replace([page.pk], [entry_for(page)] if current else [], [page] if current else [])


def rebuild_entries():
    """Writes the whole table again; returns the number of rows."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchCombination.objects.all().delete()
        SearchWord.objects.all().delete()
        pages = _current_pages().order_by("pk")
        for chunk in batched(pages.iterator(chunk_size=CHUNK_SIZE), CHUNK_SIZE):
            _create([entry_for(page) for page in chunk])
            _add_words(chunk)
            count += len(chunk)
    return count
