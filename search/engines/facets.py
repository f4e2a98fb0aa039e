"""Facet counts and the total in one SQL statement over the search table.

Multi-select facets: each facet is counted with every *other* selected filter applied. One pass
over the rows that pass the non-facet filters (words, place, radius, date, age, accessibility)
groups them twice at once: per combination of facet values (search/models.py:
SearchCombination), counting the rows at the chosen times, and per accessibility and time-slot
bits, counting the rows of the selected combinations. PostgreSQL does both groupings in one scan
(GROUPING SETS); SQLite, which has none, in two.

Each counted combination gets three flags, from its own columns: passes the place and commitment
filters, passes the category filter, passes the target-group filter. Three small GROUP BYs over
those combinations answer place/state/commitment (whose filters among themselves are sorted out
in Python), and the category and target-group combinations, which Python splits into terms. The
accessibility, weekday and daytime facets come from the bits (`_trait_facets`).
"""

from collections import Counter

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, Q, Value

from ehrenamt.opportunities.accessibility import ACCESSIBILITY_CODES
from ehrenamt.opportunities.schedule import DAYTIME_CODES, WEEKDAY_CODES, slots_mask

from ..models import FACET_COLUMNS, SearchCombination, split_terms

COLUMN_FACETS = ("municipality", "state", "commitment")
FLAGS = ("place_ok", "category_ok", "target_group_ok")

# Only constant SQL here: the querysets' own SQL and all values travel as parameters.
GROUPED_POSTGRES = """
SELECT combination_id, accessibility, time_slots,
  COUNT(*) FILTER (WHERE scheduled), COUNT(*) FILTER (WHERE selected), GROUPING(combination_id)
FROM row_flags GROUP BY GROUPING SETS ((combination_id), (accessibility, time_slots))
"""
GROUPED_SQLITE = """
SELECT combination_id, NULL, NULL, COUNT(*) FILTER (WHERE scheduled), 0, 0
FROM row_flags GROUP BY combination_id
UNION ALL
SELECT NULL, accessibility, time_slots, 0, COUNT(*) FILTER (WHERE selected), 1
FROM row_flags GROUP BY accessibility, time_slots
"""
FACET_SQL = """
WITH row_flags AS ({rows}),
grouped (combination_id, accessibility, time_slots, scheduled_n, selected_n, by_bits)
  AS MATERIALIZED ({grouped}),
counted (combination_id, n) AS MATERIALIZED (
  SELECT combination_id, scheduled_n FROM grouped WHERE by_bits = 0 AND scheduled_n > 0
),
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
UNION ALL
SELECT 'bits', CAST(accessibility AS TEXT), CAST(time_slots AS TEXT), '', selected_n
  FROM grouped WHERE by_bits = 1 AND selected_n > 0
"""


def _flag(condition):
    if condition is None:
        return Value(True, output_field=BooleanField())
    return ExpressionWrapper(condition, output_field=BooleanField())


def _all_of(conditions):
    present = [condition for condition in conditions if condition is not None]
    return Q(*present) if present else None


def count_facets(unscheduled, scheduled, conditions, query):
    """(facets, total) for the rows of `unscheduled`.

    `unscheduled`: the rows passing every filter but the facets and the time slots;
    `scheduled`: the time-slot condition or None; conditions: facet name -> Q or None.
    """
    selected = _all_of(conditions.values())
    rows = unscheduled.annotate(
        scheduled=_flag(scheduled),
        selected=_flag(
            None
            if selected is None
            else Q(combination_id__in=SearchCombination.objects.filter(selected).values("id"))
        ),
    ).values("combination_id", "accessibility", "time_slots", "scheduled", "selected")
    flagged = SearchCombination.objects.annotate(
        place_ok=_flag(_all_of(conditions[name] for name in COLUMN_FACETS)),
        category_ok=_flag(conditions["category"]),
        target_group_ok=_flag(conditions["target_group"]),
    ).values("id", *FACET_COLUMNS, *FLAGS)
    rows_sql, rows_params = rows.query.sql_with_params()
    flagged_sql, flagged_params = flagged.query.sql_with_params()
    columns = FACET_COLUMNS + FLAGS
    sql = FACET_SQL.format(
        rows=rows_sql,
        grouped=GROUPED_POSTGRES if connection.vendor == "postgresql" else GROUPED_SQLITE,
        flagged=flagged_sql,
        columns=", ".join(columns),
        flagged_columns=", ".join(f"flagged.{column}" for column in columns),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, (*rows_params, *flagged_params))
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
    bits = [(int(row[1]), int(row[2]), row[4]) for row in rows if row[0] == "bits"]
    facets.update(_trait_facets(bits, query))
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


def _trait_facets(groups, query):
    """The accessibility, weekday and daytime facets from (accessibility, time_slots, count).

    The groups hold the rows passing every filter but the time slots. Accessibility items are
    all required, so each item counts the results that also have it: what ticking it would
    leave. A weekday counts the rows with that day at one of the chosen daytimes (any daytime
    when none is chosen), and a daytime likewise; both apply every other filter.
    """
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
