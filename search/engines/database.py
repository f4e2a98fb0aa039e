"""The default engine: the search table (search/models.py) for filters, facets and sorting, and
for the words on PostgreSQL; on SQLite the words are matched in Wagtail's full-text index and the
matching page ids intersected with the table (engines/text.py).
"""

from functools import reduce
from operator import or_

from django.db.models import F, Q
from django.db.models.lookups import Exact, GreaterThan
from django.utils import timezone

from ehrenamt.opportunities.accessibility import ACCESSIBILITY_CODES

from ..models import SearchEntry
from ..query import FACETS, SearchOutcome, Sort
from .facets import count_facets
from .geo import bounding_box, proximity
from .text import text_matcher


def _has_any(column, slugs):
    """The row carries at least one of the term slugs (stored as ",a,b,")."""
    return reduce(or_, (Q(**{f"{column}__contains": f",{slug},"}) for slug in slugs))


def facet_conditions(query):
    """Each selected facet as a condition, None where nothing is selected."""
    return {
        "municipality": Q(municipality__in=query.municipalities) if query.municipalities else None,
        "state": Q(state__in=query.states) if query.states else None,
        "commitment": Q(commitment=query.commitment) if query.commitment else None,
        "category": _has_any("categories", query.categories) if query.categories else None,
        "target_group": (
            _has_any("target_groups", query.target_groups) if query.target_groups else None
        ),
    }


def accessibility_bits(codes):
    return sum(1 << ACCESSIBILITY_CODES.index(code) for code in codes)


def has_all_bits(column, mask):
    return Exact(F(column).bitand(mask), mask)


def has_any_bit(column, mask):
    return GreaterThan(F(column).bitand(mask), 0)


INNER_CIRCLE_SHARE = 8
ORDERINGS = {
    Sort.NEWEST: ("-published_at", "-page_id"),
    Sort.DEADLINE: ("valid_through", "page_id"),
    Sort.DISTANCE: ("distance", "page_id"),
}


class DatabaseEngine:
    name = "database"

    def search(self, query):
        matcher = text_matcher(query.text)
        unscheduled = self._scope(query, matcher)
        scope = self._with_time_slots(unscheduled, query)
        conditions = facet_conditions(query)
        results = self._filtered(scope, conditions)
        if not query.with_facets:
            return SearchOutcome(count=results.count(), ids=self._page_ids(results, query, matcher))
        facets, total = count_facets(unscheduled, self._time_condition(query), conditions, query)
        return SearchOutcome(
            count=total,
            ids=self._page_ids(results, query, matcher),
            facets={name: facets[name] for name in FACETS},
        )

    def matching(self, query):
        """Rows of current roles that pass every filter of `query` except its words."""
        scope = self._with_time_slots(self._scope(query, None), query)
        return self._filtered(scope, facet_conditions(query))

    def has_results(self, query):
        """Whether anything passes every filter and the words of `query`."""
        scope = self._with_time_slots(self._scope(query, text_matcher(query.text)), query)
        return self._filtered(scope, facet_conditions(query)).exists()

    def _with_time_slots(self, scope, query):
        condition = self._time_condition(query)
        return scope if condition is None else scope.filter(condition)

    def _time_condition(self, query):
        return has_any_bit("time_slots", query.time_slots) if query.time_slots else None

    def _scope(self, query, matcher):
        """What narrows the search besides the facets counted by combination (engines/facets.py)
        and the time slots: date, words, place, remote, age, accessibility."""
        qs = SearchEntry.objects.filter(valid_through__gte=timezone.localdate())
        if matcher:
            qs = matcher.filter(qs)
        if query.district:
            qs = qs.filter(district=query.district)
        if query.activities:
            qs = qs.filter(_has_any("activities", query.activities))
        if query.remote:
            qs = qs.filter(remote=True)
        if query.published_after:
            qs = qs.filter(published_at__gt=query.published_after)
        if query.age is not None:
            qs = qs.filter(Q(minimum_age__isnull=True) | Q(minimum_age__lte=query.age))
        if query.accessibility:
            qs = qs.filter(has_all_bits("accessibility", accessibility_bits(query.accessibility)))
        if query.near:
            distance, limit = proximity(query.near, query.radius_km)
            qs = (
                qs.filter(**bounding_box(query.near, query.radius_km))
                .annotate(distance=distance)
                .filter(distance__lte=limit)
            )
        return qs

    def _filtered(self, scope, conditions):
        selected = [condition for condition in conditions.values() if condition is not None]
        return scope.filter(*selected)

    def _page_ids(self, results, query, matcher):
        start, stop = query.offset, query.offset + query.page_size
        sort = query.effective_sort
        if sort == Sort.RELEVANCE and matcher:
            return matcher.ranked_ids(results, start, stop)
        if sort == Sort.DISTANCE:
            nearby = self._window(results.filter(**self._inner_circle(query)), sort, start, stop)
            if len(nearby) == stop - start:
                return nearby
        return self._window(results, sort, start, stop)

    def _window(self, results, sort, start, stop):
        return list(
            results.order_by(*ORDERINGS[sort]).values_list("page_id", flat=True)[start:stop]
        )

    def _inner_circle(self, query):
        """Conditions for an eighth of the radius, which the location index serves.

        Sorting by distance looks there first: when the page fills up inside it, no role
        further out can belong on the page, and a few hundred rows are sorted instead of all in
        the radius (70,000 at 100,000 roles for 25 km around Bensheim).
        """
        radius_km = query.radius_km / INNER_CIRCLE_SHARE
        _distance, limit = proximity(query.near, radius_km)
        return {**bounding_box(query.near, radius_km), "distance__lte": limit}
