"""Word matching on Wagtail's own search index, without its per-row ranking subquery.

Wagtail's database backend keeps one index entry per page (title, body, and on SQLite an FTS5 mirror
table). Its SQLite ranking runs a correlated subquery per candidate row; here the full-text table is
queried once, as an uncorrelated subquery for filtering and one ranked query for the visible page.
"""

import re
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import BigIntegerField, CharField, F, FloatField, Func, Lookup, Q
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from wagtail.search.models import IndexEntry

from ehrenamt.opportunities.models import OpportunityPage

WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12
# Title hits count more than hits in the body text.
TITLE_WEIGHT = 3.0


def words(text):
    return WORD.findall(text.lower())[:MAX_WORDS]


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
    """FTS5: every word must occur, each as a prefix ("baum" finds "Bäume", "Baumpflege").

    A rowid condition on the FTS5 table makes SQLite run the MATCH once per candidate row (seconds
    at 10,000 pages), so the MATCH always runs alone, as a subquery or with the rowid hidden.
    """

    def __init__(self, text):
        from wagtail.search.models import SQLiteFTSIndexEntry

        self.model = SQLiteFTSIndexEntry
        # Quoting each word makes FTS5 read it as a plain token, never as query syntax.
        self.fts_query = " AND ".join(f'"{word}"*' for word in words(text))

    def _matches(self):
        return self.model.objects.filter(FTSMatch(self.model._meta.db_table, self.fts_query))

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
    """Full text with the `german` configuration: "Bäume" finds "Baum".

    Wagtail indexes title and body as two vectors, each with its own GIN index. A role matches when
    all words occur in title and body together; the GIN indexes first narrow the rows to those with
    any of the words, then the joined vector is checked for all of them. Stop words drop out.
    """

    def __init__(self, text):
        terms = words(text)
        self.single_word = len(terms) == 1
        self.all_words = SearchQuery(" ".join(terms), config=_config())
        self.any_word = reduce(or_, (SearchQuery(term, config=_config()) for term in terms))

    def _entries(self):
        entries = IndexEntry.objects.filter(content_type_id=_content_type_id()).filter(
            Q(title=self.any_word) | Q(body=self.any_word)
        )
        if self.single_word:
            # Joining the vectors costs time per row and adds nothing for one word.
            return entries
        document = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
        return entries.alias(document=document).filter(document=self.all_words)

    def matching_ids(self):
        return self._entries().values(page_id=Cast("object_id", BigIntegerField()))

    def ranked_ids(self, candidates, start, stop):
        rank = SearchRank(F("title"), self.any_word) * TITLE_WEIGHT + SearchRank(
            F("body"), self.any_word
        )
        return list(
            self._entries()
            .filter(object_id__in=candidates.values(oid=Cast("pk", CharField())))
            .annotate(rank=rank)
            .order_by("-rank", "object_id")
            .values_list(Cast("object_id", BigIntegerField()), flat=True)[start:stop]
        )


def text_matcher(text):
    """The word matcher for the current database, or None when the text has no words."""
    if not words(text):
        return None
    if connection.vendor == "postgresql":
        return PostgresText(text)
    return SQLiteText(text)
