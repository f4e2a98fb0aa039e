"""The one entry point to opportunity search: picks the engine and falls back when a server fails."""

import logging
from dataclasses import replace

from django.conf import settings

from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.regions.point import distance_km

from .engines.database import DatabaseEngine
from .promotions import with_promotions
from .query import EngineUnavailable
from .vocabulary import corrected_text

logger = logging.getLogger(__name__)


def configured_engine():
    if settings.ELASTICSEARCH_URL:
        from .elastic.engine import ElasticsearchEngine

        return ElasticsearchEngine(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX)
    return DatabaseEngine()


def run_search(query, engine=None):
    """The engine's outcome with the roles staff pinned for the words first (search/promotions.py)."""
    engine = engine or configured_engine()
    return with_promotions(query, lambda pinned_query: search_with(engine, pinned_query))


def search_with(engine, query):
    """The engine's outcome; when a server-based engine fails, the database engine answers."""
    try:
        return engine.search(query)
    except EngineUnavailable as error:
        logger.warning(
            "Search engine %s failed (%s); answering from the database.", engine.name, error
        )
        return DatabaseEngine().search(query)


def word_suggestion(query, outcome):
    """For words without hits: the words with the nearest known ones that find something."""
    if outcome.count or not query.text:
        return None
    engine = DatabaseEngine()
    return corrected_text(query.text, lambda text: engine.has_results(replace(query, text=text)))


# What a result card and the API show; the pages' long texts and other fields stay unread.
RESULT_FIELDS = (
    "title",
    "url_path",
    "summary",
    "commitment",
    "start_date",
    "end_date",
    "hours_per_week",
    "remote_possible",
    "source_name",
    "source_url",
    "imported__source__licence",
    "latitude",
    "longitude",
    "municipality__name",
    "municipality__slug",
    "municipality__district__state__slug",
    "club__title",
    "club__url_path",
)
# What the result page's map and distances need besides the cards.
POSITION_FIELDS = ("title", "url_path", "latitude", "longitude")


def load_opportunities(ids):
    """The pages for a result page, in the engine's order, with what a result card shows."""
    pages = (
        OpportunityPage.objects.filter(pk__in=ids)
        .select_related("club", "municipality__district__state", "imported__source")
        .prefetch_related("categories")
        .only(*RESULT_FIELDS)
    )
    return _in_engine_order(ids, pages)


def load_positions(ids):
    """The pages for the HTML result page, in the engine's order, with what its map and the
    distances need; their cards come rendered from search/cards.py."""
    return _in_engine_order(ids, OpportunityPage.objects.filter(pk__in=ids).only(*POSITION_FIELDS))


def _in_engine_order(ids, pages):
    """The pages in the order of `ids`; a page deleted since the search found it is left out."""
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]


def distance_between(place, page):
    """Great-circle distance in km, rounded for display."""
    if page.latitude is None or page.longitude is None:
        return None
    return round(distance_km(place.latitude, place.longitude, page.latitude, page.longitude), 1)
