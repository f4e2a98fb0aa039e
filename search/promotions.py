"""Search promotions: staff pin chosen opportunities to the top of the results for chosen words.

Staff pick the pages per search word in Wagtail's "Promoted search results"
(wagtail.contrib.search_promotions). A pinned opportunity leads the results when the searched words,
normalised the way Wagtail stores them, equal the promotion's words, as long as the opportunity is
current and passes every other filter of the search. The engine's own results follow without the
pinned ones, so no role shows twice; the count adds the pinned roles the words alone do not find.
"""

from dataclasses import replace

from django.core.cache import cache
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, Subquery, Value
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from .engines.database import DatabaseEngine
from .engines.text import text_matcher
from .forms import MAX_RESULT_WINDOW
from .query import SearchOutcome

# The words that have promotions, kept in the cache: most searches have none, and then the
# pinned-roles query (a join over the search table) is not run at all.
PROMOTED_WORDS_KEY = "search:promoted-words"
PROMOTED_WORDS_SECONDS = 300


def promoted_words():
    words = cache.get(PROMOTED_WORDS_KEY)
    if words is None:
        words = set(SearchPromotion.objects.values_list("query__query_string", flat=True))
        cache.set(PROMOTED_WORDS_KEY, words, PROMOTED_WORDS_SECONDS)
    return words


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
def promotions_changed(**kwargs):
    cache.delete(PROMOTED_WORDS_KEY)


def pinned_opportunities(query):
    """(id, found by the words) of the roles pinned for the words of `query`, in the staff's order.

    One SQL query, however many roles are pinned; none for words without promotions.
    """
    words = normalise_query_string(query.text)
    if not words or words not in promoted_words():
        return []
    promotions = SearchPromotion.objects.filter(query__query_string=words, page_id=OuterRef("pk"))
    matcher = text_matcher(query.text)
    found = (
        ExpressionWrapper(Q(pk__in=matcher.matching_ids()), output_field=BooleanField())
        if matcher
        else Value(False)
    )
    rows = (
        DatabaseEngine()
        .matching(query)
        .filter(Exists(promotions))
        .annotate(
            pin_order=Subquery(promotions.order_by("sort_order").values("sort_order")[:1]),
            found=found,
        )
        .order_by("pin_order", "pk")
        .values_list("pk", "found")
    )
    return [(pk, bool(is_found)) for pk, is_found in rows]


def with_promotions(query, search):
    """The outcome of `search(query)` with the pinned roles first; `search` asks the engine."""
    pins = pinned_opportunities(query)
    if not pins:
        return search(query)
    pinned_ids = [pk for pk, _found in pins]
    found_by_words = sum(1 for _pk, found in pins if found)
    # The engine's ranking from the top, long enough that the pinned roles it finds can drop out
    # and the requested page is still full.
    window = min(query.offset + query.page_size + found_by_words, MAX_RESULT_WINDOW)
    outcome = search(replace(query, page=1, page_size=window))
    pinned = set(pinned_ids)
    ranked = pinned_ids + [pk for pk in outcome.ids if pk not in pinned]
    return SearchOutcome(
        count=outcome.count + len(pins) - found_by_words,
        ids=ranked[query.offset : query.offset + query.page_size],
        facets=outcome.facets,
        promoted=frozenset(pinned_ids),
    )
