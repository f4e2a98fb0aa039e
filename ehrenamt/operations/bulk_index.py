"""Wagtail's PostgreSQL search index, filled for many pages at once with the rows modelsearch writes.

modelsearch's own `add_bulk` extracts every search field five times per page (title, body,
autocomplete and the two plain texts for fuzzy search), compiles a Django expression for every
vector, and averages the title length of the whole index after every chunk: about 7 ms per page,
most of a partner import. Here each page's fields are read once, the same texts as modelsearch's
(related fields through its own ObjectIndexer); the texts go to the database as one array per
column and one statement per chunk builds every vector, joining a page's field vectors in order
with the aggregate of migration operations/0004 (what modelsearch's `||` chain does row by row).
The title norms are refreshed once per call.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.utils.encoding import force_str
from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

TABLE = IndexEntry._meta.db_table
TITLE, AUTOCOMPLETE, BODY = "t", "a", "b"


def write_index_entries(backend, model, objects):
    """Insert or replace the index rows of `objects` (instances of `model`, fields prefetched)."""
    if not objects:
        return
    read_fields = _FieldReader(backend, model, objects[0])
    pages, parts = [], []
    for obj in objects:
        object_id, texts, title, body = _texts(read_fields, obj)
        pages.append((object_id, title, body))
        parts += [(object_id, kind, text, weight) for kind, text, weight in texts]
    _upsert(backend, get_content_type_pk(model), _columns(pages, 3), _columns(parts, 4))
    _refresh_title_norms()


def _columns(rows, width):
    """One list per column, as the unnest() arrays of the statement."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[]] * width


class _FieldReader:
    """Each search field's (field, weight, text) for an object, as ObjectIndexer.prepare_field
    yields them. A field on a plain column of the model is read directly (modelsearch looks the
    model field up again for every object); related fields go through modelsearch itself."""

    def __init__(self, backend, model, sample):
        self.indexer = ObjectIndexer(sample, backend)
        self.steps = [self._step(model, field) for field in self.indexer.search_fields]

    def _step(self, model, search_field):
        column = _column_of(model, search_field)
        if column is None:
            return lambda obj: self.indexer.prepare_field(obj, search_field)
        if isinstance(search_field, AutocompleteField):
            weight = "D"
        else:
            weight = get_weight(search_field.boost)
        content = getattr(column, "get_searchable_content", None)

        def read(obj):
            value = column.value_from_object(obj)
            text = self.indexer.prepare_value(content(value) if content else value)
            return [(search_field, weight, text)]

        return read

    def __call__(self, obj):
        for step in self.steps:
            yield from step(obj)


def _column_of(model, search_field):
    """The model field behind a search or autocomplete field, when it is a plain column."""
    if not isinstance(search_field, SearchField | AutocompleteField):
        return None
    try:
        field = search_field.get_field(model)
    except FieldDoesNotExist:
        return None
    if field.is_relation or not field.concrete:
        return None
    return field


def _texts(read_fields, obj):
    """(object id, [(kind, text, weight)] in modelsearch's order, plain title, plain body)."""
    texts, title, body = [], [], []
    for field, weight, value in read_fields(obj):
        text = value.strip()
        if not text:
            continue
        if isinstance(field, AutocompleteField):
            texts.append((AUTOCOMPLETE, text, weight))
        elif _is_title(field):
            texts.append((TITLE, text, weight))
            title.append(text)
        elif isinstance(field, SearchField):
            texts.append((BODY, text, weight))
            body.append(text)
    return force_str(obj.pk), texts, " ".join(title), " ".join(body)


def _is_title(field):
    # modelsearch counts every search field named "title" as title, a related one too.
    return isinstance(field, SearchField) and field.field_name == "title"


def _upsert(backend, content_type, pages, parts):
    def vector(kind):
        # Without a configuration to_tsvector() takes the server's default, as modelsearch's does.
        return (
            "tsvector_concat_agg(setweight(to_tsvector("
            "coalesce(%s, current_setting('default_text_search_config'))::regconfig, text), weight)"
            f" ORDER BY position) FILTER (WHERE kind = '{kind}')"
        )

    # Only the three kinds above and the index's table name are formatted in.
    sql = f"""
        WITH part AS (
            SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::"char"[])
                WITH ORDINALITY AS part (object_id, kind, text, weight, position)
        ), vectors AS (
            SELECT object_id,
                {vector(TITLE)} AS title,
                {vector(AUTOCOMPLETE)} AS autocomplete,
                {vector(BODY)} AS body
            FROM part GROUP BY object_id
        )
        INSERT INTO {TABLE}
            (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
        SELECT %s, page.object_id, coalesce(vectors.title, ''), coalesce(vectors.autocomplete, ''),
            coalesce(vectors.body, ''), 1.0, page.title_text, page.body_text
        FROM unnest(%s::text[], %s::text[], %s::text[]) AS page (object_id, title_text, body_text)
        LEFT JOIN vectors USING (object_id)
        ON CONFLICT (content_type_id, object_id) DO UPDATE SET
            title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
            body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
    """  # noqa: S608
    with connection.cursor() as cursor:
        configs = [backend.config, backend.autocomplete_config, backend.config]
        cursor.execute(sql, [*parts, *configs, content_type, *pages])


def _refresh_title_norms():
    """New rows' title_norm: the average title length of the index over their own, as modelsearch."""
    sql = f"""
        UPDATE {TABLE} SET title_norm = (
            SELECT avg(length(title)) FROM {TABLE} WHERE length(title) > 0
        ) / length(title)
        WHERE title_norm = 1.0 AND length(title) > 0
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql)
