"""The answer page's listings: matches of every answer, then near misses of one answer less.

Asks the search service (the same engines as /suche/) once with every answer and once per
answered question without that answer, so the number of searches and SQL queries depends on the
number of questions, never on the amount of data.
"""

import dataclasses
from dataclasses import dataclass

from ehrenamt.opportunities.models import OpportunityPage
from search.query import OpportunityQuery, Sort
from search.service import run_search

from .questions import QUESTIONS
from .scoring import evaluate, ranked

CANDIDATES = 30
NEAR_MISSES_PER_ANSWER = 10
MIN_SHOWN = 10
SHOWN = 20
DEFAULTS = {field.name: field.default for field in dataclasses.fields(OpportunityQuery)}


@dataclass
class Loosening:
    """What answering one question more openly would add."""

    question: object
    extra: int


@dataclass
class Answer:
    count: int
    fits: list
    near_misses: list
    loosenings: list


def without(query, question):
    """`query` without the filters of one answer; the same query when the engine ignores it."""
    changes = {name: DEFAULTS[name] for name in question.query_fields if name in DEFAULTS}
    looser = dataclasses.replace(query, **changes)
    if looser.near is None and looser.sort == Sort.DISTANCE:
        looser = dataclasses.replace(looser, sort=Sort.NEWEST)
    return looser


def _pages(ids):
    pages = (
        OpportunityPage.objects.filter(pk__in=ids)
        .select_related("club", "municipality__district__state")
        .prefetch_related("categories", "target_groups", "activities")
    )
    return {page.pk: page for page in pages}


def find(form):
    """The Answer for a valid FinderForm."""
    query = form.search.to_query()
    sort = Sort.DISTANCE if query.near else Sort.NEWEST
    query = dataclasses.replace(query, sort=sort, page=1, page_size=CANDIDATES)
    answered = [question for question in QUESTIONS if form.answered(question)]

    exact = run_search(query)
    looser_outcomes = []
    for question in answered:
        looser = without(query, question)
        if looser == query:
            continue
        outcome = run_search(dataclasses.replace(looser, page_size=NEAR_MISSES_PER_ANSWER))
        if outcome.count > exact.count:
            looser_outcomes.append((question, outcome))

    pages = _pages({*exact.ids, *(pk for _q, outcome in looser_outcomes for pk in outcome.ids)})
    fits = ranked(evaluate(pages[pk], form, answered) for pk in exact.ids if pk in pages)
    near_misses = {}
    for question, outcome in looser_outcomes:
        for pk in outcome.ids:
            if pk in pages and pk not in exact.ids and pk not in near_misses:
                fit = evaluate(pages[pk], form, answered)
                if question in fit.missed:
                    near_misses[pk] = fit
    near_misses = ranked(near_misses.values())
    shown = fits[:SHOWN]
    if len(shown) < MIN_SHOWN:
        shown += near_misses[: MIN_SHOWN - len(shown)]
    loosenings = sorted(
        (Loosening(question, outcome.count - exact.count) for question, outcome in looser_outcomes),
        key=lambda loosening: -loosening.extra,
    )
    return Answer(
        count=exact.count,
        fits=shown,
        near_misses=[fit for fit in near_misses if fit not in shown][:3],
        loosenings=loosenings,
    )
