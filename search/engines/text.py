"""Word matching for the database engine, one matcher per database.

SQLite: Wagtail's FTS5 mirror table, without Wagtail's ranking, which runs a correlated subquery
per candidate row; here the full-text table is queried once, as an uncorrelated subquery for
filtering and one ranked query for the visible page.
PostgreSQL: a weighted text vector in the search table itself (search/models.py).
"""

import re
from html import unescape

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import BigIntegerField, CharField, F, FloatField, Func, Lookup
from django.db.models.functions import Cast
from wagtail.search.models import IndexEntry

from ehrenamt.operations.spelling import fold, spellings
from ehrenamt.operations.spelling import words as all_words
from ehrenamt.opportunities.models import OpportunityPage

from ..models import SearchEntry

MAX_WORDS = 12
# SQLite: title hits count more than hits in the body text (PostgreSQL: weights A and B).
TITLE_WEIGHT = 3.0


def words(text):
    return all_words(text)[:MAX_WORDS]


def _config():
    """The text search configuration Wagtail builds its vectors with."""
    return settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG", "german")


def _content_type_id():
    return ContentType.objects.get_for_model(OpportunityPage).pk


class FTSMatch(Lookup):
    """`<fts table> MATCH %s` as a WHERE condition (a Lookup, so Django adds no `= true`)."""

    lookup_name = "fts_match"

    def __init__(self, table, fts_query):
        self.table = table
        self.fts_query = fts_query
        super().__init__(None, None)

    def as_sql(self, compiler, connection):
        return f"{connection.ops.quote_name(self.table)} MATCH %s", [self.fts_query]


class SQLiteText:
    """FTS5: every word must occur, each as a prefix ("baum" finds "Bäume", "Baumpflege"), in any
    of its spellings: FTS5 stores "Fußball" with its ß and "Fürth" as "furth", so "fussball"
    asks for "fussball" or "fußball", and "fuerth" for "fuerth" or "furth".

    A rowid condition on the FTS5 table makes SQLite run the MATCH once per candidate row (seconds
    at 10,000 pages), so the MATCH always runs alone, as a subquery or with the rowid hidden.
    """

    def __init__(self, text):
        from wagtail.search.models import SQLiteFTSIndexEntry

        self.model = SQLiteFTSIndexEntry
        # Quoting each word makes FTS5 read it as a plain token, never as query syntax.
        self.fts_query = " AND ".join(
            "(" + " OR ".join(f'"{spelling}"*' for spelling in spellings(word)) + ")"
            for word in words(text)
        )

    def _matches(self):
        return self.model.objects.filter(FTSMatch(self.model._meta.db_table, self.fts_query))

    def filter(self, entries):
        return entries.filter(page_id__in=self.matching_ids())

    def matching_ids(self):
        return IndexEntry.objects.filter(
            content_type_id=_content_type_id(), id__in=self._matches().values("pk")
        ).values(page_id=Cast("object_id", BigIntegerField()))

    def ranked_ids(self, candidates, start, stop):
        wanted_entries = IndexEntry.objects.filter(
            content_type_id=_content_type_id(),
            object_id__in=candidates.values(oid=Cast("pk", CharField())),
        ).values("id")
        # bm25 columns follow the FTS table: autocomplete, body, title; smaller is better.
        entry_ids = list(
            self._matches()
            .alias(entry=_Unindexed(F("pk")))
            .filter(entry__in=wanted_entries)
            .annotate(rank=_BM25(self.model._meta.db_table, (0.0, 1.0, TITLE_WEIGHT)))
            .order_by("rank", "pk")
            .values_list("pk", flat=True)[start:stop]
        )
        page_ids = dict(IndexEntry.objects.filter(id__in=entry_ids).values_list("id", "object_id"))
        return [int(page_ids[entry]) for entry in entry_ids]


class _Unindexed(Func):
    """`+column`: SQLite then cannot hand the condition to the FTS5 table as a rowid lookup."""

    template = "+%(expressions)s"
    output_field = BigIntegerField()


class _BM25(Func):
    """bm25(<fts table>, weights...): FTS5's relevance, smaller is better."""

    output_field = FloatField()

    def __init__(self, table, weights):
        super().__init__()
        self.table = table
        self.weights = weights

    def as_sql(self, compiler, connection, **extra_context):
        placeholders = ", ".join(["%s"] * len(self.weights))
        return f"bm25({connection.ops.quote_name(self.table)}, {placeholders})", list(self.weights)


class PostgresText:
    """Full text with the `german` configuration: "Bäume" finds "Baum". Text and query are
    folded first (operations/spelling.py), so "Fussball" finds "Fußball", "Baeume" "Bäume".

    The words are matched in the search table's own vector (title weighted A, the rest B, see
    `document_texts`), so matching, facet counting and ranking read the same rows: matching in
    Wagtail's index, whose rows are four times as wide, and joining it to the search table cost
    most of a second for a common word at 100,000 roles. All words must occur; stop words drop out.
    """

    def __init__(self, text):
        self.query = SearchQuery(" ".join(fold(word) for word in words(text)), config=_config())

    def filter(self, entries):
        return entries.filter(document=self.query)

    def matching_ids(self):
        return self.filter(SearchEntry.objects.all()).values("page_id")

    def ranked_ids(self, candidates, start, stop):
        """Hits in the title first, then the others; within each, the best ts_rank first.

        Ranking every hit reads every hit's row: a word in 40 % of 100,000 roles took 30 ms.
        Title hits are few and come from their own index, so the first pages of a common word
        need only them; the other hits are ranked only when a page reaches past the title hits.
        """
        titled = candidates.alias(title_words=TitleWords(F("document")))
        in_title = titled.filter(title_words=self.query)
        ids = self._best(in_title, start, stop)
        if len(ids) == stop - start:
            return ids
        title_hits = start + len(ids) if ids else in_title.count()
        others = titled.exclude(title_words=self.query)
        return ids + self._best(others, max(0, start - title_hits), stop - title_hits)

    def _best(self, entries, start, stop):
        return list(
            entries.annotate(rank=SearchRank(F("document"), self.query))
            .order_by("-rank", "page_id")
            .values_list("page_id", flat=True)[start:stop]
        )


class TitleWords(Func):
    """The title's part (weight A) of the search table's vector; migration 0002 indexes it."""

    template = "ts_filter(%(expressions)s, '{a}')"
    output_field = SearchVectorField()


_TAG = re.compile(r"<[^>]*>")


def _words_of_html(html):
    """The text of rich text for the vector: tags become spaces ("<p>a</p><p>b</p>" is two
    words), entities their characters. Django's strip_tags parses HTML, far slower per listing,
    and leaves "&amp;" as the word "amp"."""
    return unescape(_TAG.sub(" ", html or ""))


def document_texts(page):
    """The folded title and body a search row's vector is built from (PostgreSQL only)."""
    body = [
        page.summary,
        page.easy_language_summary,
        _words_of_html(page.description),
        _words_of_html(page.tasks),
        _words_of_html(page.requirements),
        *(term.name for term in page.categories.all()),
        *(term.name for term in page.activities.all()),
        page.club.title if page.club_id else "",
    ]
    return fold(page.title), fold(" ".join(part for part in body if part))


def document_sql(title, body):
    """SQL for the row's vector from two text expressions: the title weighted A, the rest B."""
    return (
        f"setweight(to_tsvector(%s::regconfig, {title}), 'A') || "
        f"setweight(to_tsvector(%s::regconfig, {body}), 'B')"
    ), [_config(), _config()]


def text_matcher(text):
    """The word matcher for the current database, or None when the text has no words."""
    if not words(text):
        return None
    if connection.vendor == "postgresql":
        return PostgresText(text)
    return SQLiteText(text)
