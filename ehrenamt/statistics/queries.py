"""The figures of the statistics view, per municipality and per category, in a fixed number of queries.

Clubs and opportunities are counted as they stand today; inquiries and searches that found nothing
within the chosen period. Each figure is one GROUP BY query over all groups; response times come in
one list per table and their medians are taken in Python, which works the same on every database.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ehrenamt.clubs.models import ClubPage
from ehrenamt.inquiries.models import Inquiry
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

from .models import ZeroResultSearch

EXPIRY_WINDOW_DAYS = 14
TOP_ZERO_RESULT_WORDS = 20
TOTAL_LABEL = _("Gesamt")

ClubCategory = ClubPage.categories.through
OpportunityCategory = OpportunityPage.categories.through
SearchMunicipality = ZeroResultSearch.municipalities.through
SearchCategory = ZeroResultSearch.categories.through


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date


@dataclass
class Figures:
    """The numbers of one row: a municipality, a category, or the total."""

    key: str
    label: str
    clubs: int = 0
    opportunities: int = 0
    expiring: int = 0
    inquiries: int = 0
    answered: int = 0
    zero_result_searches: int = 0
    response_times: list = field(default_factory=list, repr=False)

    @property
    def answered_percent(self):
        if not self.inquiries:
            return None
        return round(100 * self.answered / self.inquiries, 1)

    @property
    def median_response_hours(self):
        if not self.response_times:
            return None
        return round(statistics.median(self.response_times).total_seconds() / 3600, 1)

    @property
    def is_empty(self):
        return not (self.clubs or self.opportunities or self.inquiries or self.zero_result_searches)


@dataclass
class Statistics:
    period: Period
    municipalities: list[Figures]
    total: Figures
    categories: list[Figures]
    zero_result_words: list[tuple[str, int]]


def _add(rows, figures, attribute):
    """Store (group id, number) rows in the figures of each group."""
    for key, number in rows:
        if key in figures:
            setattr(figures[key], attribute, number)


def _add_response_times(rows, figures):
    for key, created_at, answered_at in rows:
        if key in figures:
            figures[key].response_times.append(answered_at - created_at)


def _current_opportunities(municipalities):
    return OpportunityPage.objects.current().filter(municipality__in=municipalities)


def _expiring_filter(prefix=""):
    today = timezone.localdate()
    return Q(**{f"{prefix}valid_through__lte": today + datetime.timedelta(days=EXPIRY_WINDOW_DAYS)})


def _inquiries(municipalities, period):
    return Inquiry.objects.filter(
        club__municipality__in=municipalities,
        created_at__date__gte=period.start,
        created_at__date__lte=period.end,
    ).order_by()


def _zero_result_searches(municipalities, period, regionwide):
    """Searches in the period; limited staff see those limited to one of their places only."""
    searches = ZeroResultSearch.objects.filter(
        searched_on__gte=period.start, searched_on__lte=period.end
    )
    if not regionwide:
        searches = searches.filter(municipalities__in=municipalities)
    return searches.order_by()


ANSWERED = Q(answered_at__isnull=False)


def _count_inquiries(figures, inquiries, group):
    rows = inquiries.values_list(group).annotate(
        total=Count("pk"), answered=Count("pk", filter=ANSWERED)
    )
    for key, total, answered in rows:
        if key in figures:
            figures[key].inquiries, figures[key].answered = total, answered
    _add_response_times(
        inquiries.filter(ANSWERED).values_list(group, "created_at", "answered_at"),
        figures,
    )


def municipality_figures(municipalities, period, regionwide):
    """One row per municipality with anything to count, and the total over all of them."""
    names = Municipality.objects.filter(pk__in=municipalities).values_list("pk", "slug", "name")
    figures = {pk: Figures(key=slug, label=name) for pk, slug, name in names}
    _add(
        ClubPage.objects.live()
        .filter(municipality__in=municipalities)
        .order_by()
        .values_list("municipality")
        .annotate(n=Count("pk")),
        figures,
        "clubs",
    )
    opportunities = (
        _current_opportunities(municipalities)
        .order_by()
        .values_list("municipality")
        .annotate(n=Count("pk"), expiring=Count("pk", filter=_expiring_filter()))
    )
    for key, number, expiring in opportunities:
        figures[key].opportunities, figures[key].expiring = number, expiring
    _count_inquiries(figures, _inquiries(municipalities, period), "club__municipality")
    searches = _zero_result_searches(municipalities, period, regionwide)
    _add(
        SearchMunicipality.objects.filter(
            municipality__in=municipalities, zeroresultsearch__in=searches.values("pk")
        )
        .values_list("municipality")
        .annotate(n=Count("pk")),
        figures,
        "zero_result_searches",
    )
    rows = sorted((row for row in figures.values() if not row.is_empty), key=lambda row: row.label)
    return rows, _total(rows, searches.values("pk").distinct().count())


def _total(rows, zero_result_searches):
    total = Figures(key="", label=str(TOTAL_LABEL), zero_result_searches=zero_result_searches)
    for row in rows:
        total.clubs += row.clubs
        total.opportunities += row.opportunities
        total.expiring += row.expiring
        total.inquiries += row.inquiries
        total.answered += row.answered
        total.response_times += row.response_times
    return total


def category_figures(municipalities, period, regionwide):
    """One row per category; a club or role with two categories counts in both."""
    figures = {
        pk: Figures(key=slug, label=name)
        for pk, slug, name in Category.objects.values_list("pk", "slug", "name")
    }
    _add(
        ClubCategory.objects.filter(clubpage__live=True, clubpage__municipality__in=municipalities)
        .values_list("category")
        .annotate(n=Count("pk")),
        figures,
        "clubs",
    )
    opportunities = (
        OpportunityCategory.objects.filter(
            opportunitypage__in=_current_opportunities(municipalities).values("pk")
        )
        .values_list("category")
        .annotate(n=Count("pk"), expiring=Count("pk", filter=_expiring_filter("opportunitypage__")))
    )
    for key, number, expiring in opportunities:
        if key in figures:
            figures[key].opportunities, figures[key].expiring = number, expiring
    _count_inquiries(figures, _inquiries(municipalities, period), "opportunity__categories")
    searches = _zero_result_searches(municipalities, period, regionwide)
    _add(
        SearchCategory.objects.filter(zeroresultsearch__in=searches.values("pk"))
        .values_list("category")
        .annotate(n=Count("pk")),
        figures,
        "zero_result_searches",
    )
    return list(figures.values())


def zero_result_words(municipalities, period, regionwide):
    """The words searched most often without a result, most frequent first."""
    searches = _zero_result_searches(municipalities, period, regionwide)
    rows = (
        ZeroResultSearch.objects.filter(pk__in=searches.values("pk"))
        .exclude(text="")
        .values_list("text")
        .annotate(n=Count("pk"))
        .order_by("-n", "text")[:TOP_ZERO_RESULT_WORDS]
    )
    return list(rows)


def collect(municipalities, period, regionwide):
    """All figures for `municipalities` (a queryset) within `period`.

    `regionwide`: also count searches that were not limited to a place (for staff of every place).
    """
    rows, total = municipality_figures(municipalities, period, regionwide)
    return Statistics(
        period=period,
        municipalities=rows,
        total=total,
        categories=category_figures(municipalities, period, regionwide),
        zero_result_words=zero_result_words(municipalities, period, regionwide),
    )
