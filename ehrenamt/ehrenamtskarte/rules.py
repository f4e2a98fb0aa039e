"""The rules of an issuing authority applied to one applicant: age, years and hours summed.

An engagement counts when it has lasted the authority's years of engagement; the hours of all
counted engagements are summed. A yearly rule is met by the weekly sum over 52 weeks, so
"5 hours a week or 250 hours a year" reads as either figure being enough.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

WEEKS_PER_YEAR = 52


def age_on(birth_date, day):
    """Completed years of life on `day`."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def years_before(day, years):
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass
class RuleCheck:
    age: int
    minimum_age: int
    weekly_hours: Decimal
    required_weekly: int | None
    required_yearly: int | None
    years_required: int
    counted: list = field(default_factory=list)
    not_counted: list = field(default_factory=list)

    @property
    def yearly_hours(self):
        return self.weekly_hours * WEEKS_PER_YEAR

    @property
    def age_met(self):
        return self.age >= self.minimum_age

    @property
    def hours_met(self):
        weekly = self.required_weekly is not None and self.weekly_hours >= self.required_weekly
        yearly = self.required_yearly is not None and self.yearly_hours >= self.required_yearly
        return weekly or yearly

    @property
    def years_met(self):
        return bool(self.counted)

    @property
    def all_met(self):
        return self.age_met and self.hours_met and self.years_met


def check_rules(authority, birth_date, engagements, today=None):
    """Apply `authority`'s rules to a birth date and engagements (model instances or alike)."""
    today = today or timezone.localdate()
    long_enough = years_before(today, authority.years_of_engagement)
    counted, not_counted = [], []
    for engagement in engagements:
        hours = Decimal(engagement.counted_hours or 0)
        if hours > 0 and engagement.counted_since <= long_enough:
            counted.append(engagement)
        else:
            not_counted.append(engagement)
    return RuleCheck(
        age=age_on(birth_date, today),
        minimum_age=authority.minimum_age,
        weekly_hours=sum((Decimal(e.counted_hours) for e in counted), Decimal(0)),
        required_weekly=authority.hours_per_week,
        required_yearly=authority.hours_per_year,
        years_required=authority.years_of_engagement,
        counted=counted,
        not_counted=not_counted,
    )
