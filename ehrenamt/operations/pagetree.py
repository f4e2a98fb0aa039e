"""Writes many pages into Wagtail's page tree at once, and tells search about them in batches.

`parent.add_child()` costs several queries per page plus a search index update, which is fine for
a few hundred pages and far too slow for the tens of thousands of a partner feed or a benchmark.
PageTreeWriter does what add_child does, in bulk: it computes treebeard's materialised paths,
inserts the wagtailcore_page rows, then the rows of the specific page table (Django refuses
bulk_create for multi-table inheritance), then the many-to-many rows, and finally corrects
numchild on the parents. On PostgreSQL the ids come from the table's sequence first and every row
goes in with COPY; elsewhere bulk_create reads the ids back and the rest is executemany.

Pages written this way skip save() and page_published, so `announce_written()` adds them to
Wagtail's search backends (PostgreSQL's through operations/bulk_index.py) and sends
`pages_written_in_bulk` once per batch for the search engines and caches that listen to signals.
The writer holds the pages' many-to-many lists in memory, so nothing is read back for that.
"""

import operator
from collections import Counter
from itertools import islice

from django.db import connection
from django.db.models import F
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from .bulk_index import write_index_entries
from .signals import pages_written_in_bulk

BATCH_SIZE = 2000
INDEX_CHUNK_SIZE = 5000
PAGE_FIELDS = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]


def batched(iterable, size):
    """itertools.batched arrives with Python 3.12; the portal runs on 3.11."""
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def path_step(number):
    """Treebeard's fixed-width step for the number-th child, in Page.alphabet."""
    base = len(Page.alphabet)
    if not 0 < number < base**Page.steplen:
        raise ValueError(f"A page cannot have {number} children.")
    digits = ""
    while number:
        number, digit = divmod(number, base)
        digits = Page.alphabet[digit] + digits
    return digits.rjust(Page.steplen, Page.alphabet[0])


def step_number(path):
    number = 0
    for char in path[-Page.steplen :]:
        number = number * len(Page.alphabet) + Page.alphabet.index(char)
    return number


class PageTreeWriter:
    """Adds live pages under parents that already exist; call finish() once at the end."""

    def __init__(self):
        self.last_step = {}
        self.added = Counter()

    def add(self, model, rows):
        """rows: (parent, page, relations) with relations {m2m field name: [ids]}; returns the pages."""
        pages = [self.place(parent, page) for parent, page, _relations in rows]
        insert_base_rows(pages)
        for page in pages:
            page.page_ptr_id = page.id
            # A page this writer created has no children yet; no need to ask the database.
            self.last_step[page.id] = 0
        insert_model_rows(model._meta.db_table, model._meta.local_concrete_fields, pages)
        pages_and_relations = [
            (page, relations) for page, (_p, _pg, relations) in zip(pages, rows, strict=True)
        ]
        insert_relations(model, pages_and_relations)
        hold_relations(model, pages_and_relations)
        return pages

    def place(self, parent, page):
        step = self.next_step(parent)
        page.path = parent.path + path_step(step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or timezone.now()
        page.last_published_at = page.last_published_at or page.first_published_at
        if hasattr(page, "placed_under"):
            # What the page type's save() would take from the tree.
            page.placed_under(parent)
        self.added[parent.pk] += 1
        return page

    def next_step(self, parent):
        if parent.pk not in self.last_step:
            last_path = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            self.last_step[parent.pk] = step_number(last_path) if last_path else 0
        self.last_step[parent.pk] += 1
        return self.last_step[parent.pk]

    def finish(self):
        """Tell the parents how many children they gained, as treebeard's numchild expects."""
        for parent_id, count in self.added.items():
            Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + count)
        self.added.clear()


def insert_base_rows(pages):
    """Insert the wagtailcore_page rows and give the pages their ids.

    PostgreSQL: ids taken from the table's sequence beforehand, then the rows copied in;
    elsewhere bulk_create, which reads the new ids back.
    """
    if connection.vendor != "postgresql":
        base_rows = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in PAGE_FIELDS}) for page in pages],
            batch_size=BATCH_SIZE,
        )
        for page, base in zip(pages, base_rows, strict=True):
            page.id = base.id
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [Page._meta.db_table, len(pages)],
        )
        for page, (pk,) in zip(pages, cursor.fetchall(), strict=True):
            page.id = pk
    insert_model_rows(Page._meta.db_table, Page._meta.concrete_fields, pages)


# Field types whose Python values the PostgreSQL driver takes as they are; any other field's
# values, and every value for another database, go through get_db_prep_save as in Django's inserts.
PLAIN_TYPES = {
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "DateField",
    "DateTimeField",
    "DecimalField",
    "FloatField",
    "ForeignKey",
    "IntegerField",
    "OneToOneField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "SlugField",
    "SmallIntegerField",
    "TextField",
    "UUIDField",
}


def value_getters(fields):
    """For each field, a function giving an instance's value as the database takes it."""

    def getter(field):
        if connection.vendor == "postgresql" and field.get_internal_type() in PLAIN_TYPES:
            return operator.attrgetter(field.attname)
        return lambda instance: field.get_db_prep_save(getattr(instance, field.attname), connection)

    return [getter(field) for field in fields]


def insert_model_rows(table, fields, instances):
    """Insert one row per instance with the given concrete fields' values."""
    getters = value_getters(fields)
    insert_rows(
        table,
        [field.column for field in fields],
        ([get(instance) for get in getters] for instance in instances),
    )


def insert_relations(model, pages_and_relations):
    """Insert the many-to-many rows; plain id pairs, so no model instances are needed."""
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through._meta
        insert_rows(
            through.db_table,
            [
                through.get_field(field.m2m_field_name()).column,
                through.get_field(field.m2m_reverse_field_name()).column,
            ],
            (
                (page.pk, target_id)
                for page, relations in pages_and_relations
                for target_id in relations.get(field.name, ())
            ),
        )


def hold_relations(model, new_pages_and_relations):
    """Give new pages their many-to-many lists in memory, so that announce_written() indexes
    them without reading anything back. A new page has no rows but those just written: a list
    missing from its relations is empty. (modelcluster keeps a list set on a page in memory,
    sorted as the related model's ordering sorts a query.)
    """
    for field in model._meta.local_many_to_many:
        wanted = {
            pk
            for _page, relations in new_pages_and_relations
            for pk in relations.get(field.name, ())
        }
        terms = field.related_model.objects.in_bulk(wanted) if wanted else {}
        for page, relations in new_pages_and_relations:
            setattr(page, field.name, [terms[pk] for pk in relations.get(field.name, ())])


def replace_relations(model, pages_and_relations):
    """Swap the many-to-many rows of existing pages for new ones, for the fields given."""
    names = {name for _page, relations in pages_and_relations for name in relations}
    ids = [page.pk for page, _relations in pages_and_relations]
    for field in model._meta.local_many_to_many:
        if field.name not in names:
            continue
        through = field.remote_field.through
        for chunk in batched(ids, BATCH_SIZE):
            through.objects.filter(**{f"{field.m2m_field_name()}_id__in": chunk}).delete()
    insert_relations(model, pages_and_relations)


def insert_rows(table, columns, rows):
    """Insert plain rows: PostgreSQL's COPY, elsewhere one prepared INSERT for all rows."""
    quote = connection.ops.quote_name
    # Table and column names come from the models' own metadata, never from input.
    names = ", ".join(quote(column) for column in columns)
    if connection.vendor == "postgresql":
        with (
            connection.cursor() as cursor,
            cursor.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        quote(table), names, ", ".join(["%s"] * len(columns))
    )
    rows = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(islice(rows, BATCH_SIZE)):
            cursor.executemany(sql, batch)


def indexed_objects(model):
    """update_index's queryset, with every many-to-many list prefetched.

    update_index leaves out ParentalManyToManyFields: indexing would ask the database for
    categories and activities three times per page, and the search rows for all three lists.
    """
    parental = [
        field.name
        for field in model._meta.local_many_to_many
        if isinstance(field, ParentalManyToManyField)
    ]
    return model.get_indexed_objects().prefetch_related(*parental)


def index_pages(model, pages):
    """Add or refresh pages in Wagtail's search backends (pages as announce_written() takes them)."""
    for backend in get_search_backends(with_auto_update=True):
        if isinstance(backend, PostgresSearchBackend):
            write_index_entries(backend, model, pages)
        else:
            backend.add_bulk(model, pages)


def announce_published(model, ids):
    """What publishing one page tells search, for pages written in bulk, read back in chunks."""
    for chunk in batched(ids, INDEX_CHUNK_SIZE):
        announce_written(model, list(indexed_objects(model).filter(pk__in=chunk)))


def announce_written(model, pages):
    """announce_published() for pages in hand: their own fields and relations as written, their
    many-to-many lists held by hold_relations() or prefetched.

    Wagtail's index and the receivers of pages_written_in_bulk share the pages (a receiver
    prefetches what else it needs with prefetch_related_objects).
    """
    for chunk in batched(pages, INDEX_CHUNK_SIZE):
        index_pages(model, chunk)
        pages_written_in_bulk.send(sender=model, page_ids=[page.pk for page in chunk], pages=chunk)
