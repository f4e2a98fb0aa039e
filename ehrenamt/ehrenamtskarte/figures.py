"""Figures for the statistics: applications per month and days to decision, never names."""

from dataclasses import dataclass
from statistics import median

from django.db.models import Count
from django.db.models.functions import TruncMonth

from .models import CardApplication


@dataclass
class MonthFigures:
    month: object
    applications: int
    decided: int
    median_days_to_decision: float | None


def monthly_figures(applications):
    """Per month of arrival: how many applications, how many decided, median days to decision."""
    counts = (
        applications.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(total=Count("pk"))
        .order_by("-month")
    )
    durations = {}
    decided = applications.filter(decided_at__isnull=False).annotate(month=TruncMonth("created_at"))
    for month, created, decided_at in decided.values_list("month", "created_at", "decided_at"):
        durations.setdefault(month, []).append((decided_at - created).total_seconds() / 86400)
    return [
        MonthFigures(
            month=row["month"],
            applications=row["total"],
            decided=len(durations.get(row["month"], [])),
            median_days_to_decision=round(median(durations[row["month"]]), 1)
            if row["month"] in durations
            else None,
        )
        for row in counts
    ]


def figures_for(authorities):
    return monthly_figures(CardApplication.objects.for_authorities(authorities))
