"""Wagtail's PostgreSQL search index, filled for many pages at once with the rows modelsearch writes.

modelsearch's own `add_bulk` extracts every search field five times per page (title, body,
autocomplete and the two plain texts for fuzzy search), compiles a Django expression for every
vector, and averages the title length of the whole index after every chunk: about 7 ms per page,
most of a partner import. Here each page's fields are extracted once, with modelsearch's own
ObjectIndexer so the texts are the same, the vectors are built by the database from plain SQL,
and the title norms are refreshed once per call.
"""

from django.db import connection
from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

ROWS_PER_STATEMENT = 500
TABLE = IndexEntry._meta.db_table


def write_index_entries(backend, model, objects):
    """Insert or replace the index rows of `objects` (instances of `model`, fields prefetched)."""
    content_type = get_content_type_pk(model)
    for start in range(0, len(objects), ROWS_PER_STATEMENT):
        rows_sql, params = [], []
        for obj in objects[start : start + ROWS_PER_STATEMENT]:
            row_sql, row_params = _row(backend, content_type, obj)
            rows_sql.append(row_sql)
            params += row_params
        _upsert(rows_sql, params)
    _refresh_title_norms()


def _row(backend, content_type, obj):
    indexer = ObjectIndexer(obj, backend)
    fields = [item for field in indexer.search_fields for item in indexer.prepare_field(obj, field)]
    title = [(value, weight) for field, weight, value in fields if _is_title(field)]
    body = [
        (value, weight)
        for field, weight, value in fields
        if isinstance(field, SearchField) and not _is_title(field)
    ]
    autocomplete = [
        (value, weight) for field, weight, value in fields if isinstance(field, AutocompleteField)
    ]
    vectors = [
        _vector(title, backend.config),
        _vector(autocomplete, backend.autocomplete_config),
        _vector(body, backend.config),
    ]
    sql = "(%s, %s, {}, {}, {}, 1.0, %s, %s)".format(*(vector for vector, _ in vectors))
    params = [content_type, indexer.id]
    for _sql, vector_params in vectors:
        params += vector_params
    params += [_plain(title), _plain(body)]
    return sql, params


def _is_title(field):
    # modelsearch counts every search field named "title" as title, a related one too.
    return isinstance(field, SearchField) and field.field_name == "title"


def _vector(texts, config):
    """Weighted vectors joined with ||, as modelsearch's as_vector builds them."""
    texts = [(text.strip(), weight) for text, weight in texts if text.strip()]
    if not texts:
        return "to_tsvector('')", []
    parts, params = [], []
    for text, weight in texts:
        if config:
            parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
            params += [config, text, weight]
        else:
            parts.append("setweight(to_tsvector(%s), %s)")
            params += [text, weight]
    return "(" + " || ".join(parts) + ")", params


def _plain(texts):
    return " ".join(text.strip() for text, _weight in texts if text.strip())


def _upsert(rows_sql, params):
    # Only placeholders and the model's own table name are formatted into the statement.
    sql = f"""
        INSERT INTO {TABLE}
            (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
        VALUES {", ".join(rows_sql)}
        ON CONFLICT (content_type_id, object_id) DO UPDATE SET
            title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
            body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


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
