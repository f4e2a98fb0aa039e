"""Working days for reminder deadlines: Monday to Friday.

Public holidays are not counted out on purpose: a reminder one day early on a holiday week does no
harm, and a fixed holiday list would differ between the three states of the region.
"""

import datetime


def is_working_day(day):
    return day.weekday() < 5


def add_working_days(start, days):
    """The date `days` working days after `start`."""
    day = start
    while days > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def working_days_between(start, end):
    """Working days after `start` up to and including `end`."""
    count, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        count += is_working_day(day)
    return count
