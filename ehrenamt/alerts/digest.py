"""Sending the digests: listings new since the last mail that match, at most one mail per period.

Subscriptions with the same search and the same starting point share one search, so a run costs
one search per distinct search rather than one per address. Each run stamps the mailed
subscriptions with its start: those sent together share their starting point next time too.
"""

import datetime
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from search.describe import describe
from search.query import OpportunityQuery
from search.service import load_opportunities, run_search

from .filters import new_listings_query, search_form
from .mails import send_digest
from .models import Frequency, SearchSubscription

PERIOD_DAYS = {Frequency.DAILY: 1, Frequency.WEEKLY: 7}


def _start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def due_subscriptions(now):
    """Confirmed, deliverable subscriptions whose last mail lies a full period back."""
    today = timezone.localdate(now)
    due = SearchSubscription.objects.none()
    for frequency, days in PERIOD_DAYS.items():
        period_start = _start_of_day(today - datetime.timedelta(days=days - 1))
        due |= (
            SearchSubscription.objects.confirmed()
            .filter(frequency=frequency, bounced_at__isnull=True)
            .exclude(last_sent_at__gte=period_start)
        )
    return due


def send_digests(now=None, engine=None):
    """Mail every due subscription that has new matches; returns the number of mails."""
    now = now or timezone.now()
    groups = defaultdict(list)
    for subscription in due_subscriptions(now).order_by("pk").iterator(chunk_size=2000):
        groups[(subscription.query, subscription.covered_until)].append(subscription)
    if not groups:
        return 0
    oldest = min(since for _query, since in groups)
    if not run_search(
        OpportunityQuery(published_after=oldest, page_size=1, with_facets=False), engine
    ).count:
        return 0
    sent = 0
    for (query_string, since), members in groups.items():
        sent += _send_group(query_string, since, members, now, engine)
    return sent


def _send_group(query_string, since, members, now, engine):
    query = new_listings_query(query_string, since)
    if query is None:
        return 0
    outcome = run_search(query, engine)
    if not outcome.count:
        return 0
    listings = load_opportunities(outcome.ids)
    description = " · ".join(describe(search_form(query_string)))
    with transaction.atomic():
        for subscription in members:
            send_digest(subscription, description, listings, outcome.count)
        SearchSubscription.objects.filter(pk__in=[member.pk for member in members]).update(
            last_sent_at=now, covered_until=now
        )
    return len(members)
