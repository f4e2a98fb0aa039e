"""Facet counts and the total in one SQL statement over the search table.

Multi-select facets: each facet is counted with every *other* selected filter applied. The rows
that pass the non-facet filters (words, place, radius, date) are counted per combination of
facet values (search/models.py: SearchCombination), grouping by one integer. Each counted
combination gets three flags, from its own columns: passes the place and commitment filters,
passes the category filter, passes the target-group filter. Three small GROUP BYs over those
combinations answer everything: place/state/commitment (whose filters among themselves are
sorted out in Python), and the category and target-group combinations, which Python splits into
terms.

The accessibility, weekday and daytime facets (`count_traits`) come from a second GROUP BY over
the rows' accessibility and time-slot bits, which are too varied to be part of a combination.
"""

from collections import Counter

from django.db import connection
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, Value

from ehrenamt.opportunities.accessibility import ACCESSIBILITY_CODES
from ehrenamt.opportunities.schedule import DAYTIME_CODES, WEEKDAY_CODES, slots_mask

from ..models import FACET_COLUMNS, SearchCombination, split_terms

COLUMN_FACETS = ("municipality", "state", "commitment")
FLAGS = ("place_ok", "category_ok", "target_group_ok")

# Only constant SQL here: the querysets' own SQL and all values travel as parameters.
FACET_SQL = """
WITH counted (combination_id, n) AS MATERIALIZED ({counted}),
combination ({columns}, n) AS MATERIALIZED (
  SELECT {flagged_columns}, counted.n FROM ({flagged}) AS flagged
  JOIN counted ON counted.combination_id = flagged.id
)
SELECT 'place', municipality, state, commitment, SUM(n) FROM combination
  WHERE category_ok AND target_group_ok GROUP BY municipality, state, commitment
UNION ALL
SELECT 'category', categories, '', '', SUM(n) FROM combination
  WHERE place_ok AND target_group_ok GROUP BY categories
UNION ALL
SELECT 'target_group', target_groups, '', '', SUM(n) FROM combination
  WHERE place_ok AND category_ok GROUP BY target_groups
"""


def _flag(condition):
    if condition is None:
        return Value(True, output_field=BooleanField())
    return ExpressionWrapper(condition, output_field=BooleanField())


def _all_of(conditions):
    present = [condition for condition in conditions if condition is not None]
    return Q(*present) if present else None


def count_facets(scope, conditions, query):
    """(facets, total) for the rows of `scope`; conditions: facet name -> Q or None."""
    counted = scope.values("combination_id").annotate(n=Count("pk"))
    flagged = SearchCombination.objects.annotate(
        place_ok=_flag(_all_of(conditions[name] for name in COLUMN_FACETS)),
        category_ok=_flag(conditions["category"]),
        target_group_ok=_flag(conditions["target_group"]),
    ).values("id", *FACET_COLUMNS, *FLAGS)
    counted_sql, counted_params = counted.query.sql_with_params()
    flagged_sql, flagged_params = flagged.query.sql_with_params()
    columns = FACET_COLUMNS + FLAGS
    sql = FACET_SQL.format(
        counted=counted_sql,
        flagged=flagged_sql,
        columns=", ".join(columns),
        flagged_columns=", ".join(f"flagged.{column}" for column in columns),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, (*counted_params, *flagged_params))
        # PostgreSQL sums integers as numeric; the counts are whole numbers.
        rows = [(*row[:-1], int(row[-1])) for row in cursor.fetchall()]
    places = [row[1:] for row in rows if row[0] == "place"]
    facets, total = _column_facets_and_total(places, query)
    for name in ("category", "target_group"):
        counts = Counter()
        for kind, joined, _state, _commitment, count in rows:
            if kind == name:
                for slug in split_terms(joined):
                    counts[slug] += count
        facets[name] = dict(counts)
    return facets, total


def _column_facets_and_total(rows, query):
    """rows: (municipality, state, commitment, count) for the results before those three filters."""
    wanted = {
        "municipality": set(query.municipalities),
        "state": set(query.states),
        "commitment": {query.commitment} if query.commitment else set(),
    }
    facets = {name: {} for name in COLUMN_FACETS}
    total = 0
    for municipality, state, commitment, count in rows:
        values = {"municipality": municipality, "state": state, "commitment": commitment}
        failing = [
            name for name in COLUMN_FACETS if wanted[name] and values[name] not in wanted[name]
        ]
        if not failing:
            total += count
        for name in COLUMN_FACETS:
            if not failing or failing == [name]:
                facets[name][values[name]] = facets[name].get(values[name], 0) + count
    return facets, total


def count_traits(unscheduled, conditions, query):
    """The accessibility, weekday and daytime facets.

    `unscheduled`: the rows passing every filter but the facets and the time slots. Accessibility
    items are all required, so each item counts the results that also have it: what ticking it
    would leave. A weekday counts the rows with that day at one of the chosen daytimes (any
    daytime when none is chosen), and a daytime likewise; both apply every other filter.
    """
    selected = _all_of(conditions.values())
    if selected is not None:
        unscheduled = unscheduled.filter(
            combination_id__in=SearchCombination.objects.filter(selected).values("id")
        )
    groups = unscheduled.values_list("accessibility", "time_slots").annotate(n=Count("pk"))
    weekday_masks = {day: slots_mask([day], query.daytimes) for day in WEEKDAY_CODES}
    daytime_masks = {time: slots_mask(query.weekdays, [time]) for time in DAYTIME_CODES}
    wanted = query.time_slots
    facets = {"accessibility": Counter(), "weekday": Counter(), "daytime": Counter()}
    for accessibility, slots, count in groups:
        if not wanted or slots & wanted:
            for position, code in enumerate(ACCESSIBILITY_CODES):
                if accessibility & (1 << position):
                    facets["accessibility"][code] += count
        for day, mask in weekday_masks.items():
            if slots & mask:
                facets["weekday"][day] += count
        for time, mask in daytime_masks.items():
            if slots & mask:
                facets["daytime"][time] += count
    return {name: dict(counts) for name, counts in facets.items()}
