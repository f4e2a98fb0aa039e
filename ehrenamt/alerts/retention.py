"""How long a subscription is kept: unconfirmed 7 days; confirmed until it bounces, is
unsubscribed, or nobody followed a link from its mails for a year."""

import datetime

from django.db.models import Q
from django.utils import timezone

from .models import SearchSubscription

UNCONFIRMED_DAYS = 7
UNOPENED_DAYS = 365


def delete_stale_subscriptions(now=None):
    now = now or timezone.now()
    stale = SearchSubscription.objects.filter(
        Q(confirmed_at__isnull=True, created_at__lt=now - datetime.timedelta(days=UNCONFIRMED_DAYS))
        | Q(confirmed_at__isnull=False, bounced_at__isnull=False)
        | Q(
            confirmed_at__isnull=False,
            last_opened_on__lt=timezone.localdate(now) - datetime.timedelta(days=UNOPENED_DAYS),
        )
    )
    deleted, _by_model = stale.delete()
    return deleted
