"""The daily work: reminders to organisations and cardholders, forwarding, expiry, deletion."""

import datetime

from django.conf import settings
from django.utils import timezone

from . import notifications, workflow
from .models import CardApplication, Engagement

State = CardApplication.State
REMIND_ORGANISATIONS_AFTER = datetime.timedelta(days=7)
FORWARD_UNCONFIRMED_AFTER = datetime.timedelta(days=21)
EXPIRY_REMINDER_BEFORE = datetime.timedelta(weeks=6)
UNCONFIRMED_EMAIL_KEPT = datetime.timedelta(days=7)


def remind_organisations(now):
    pending = Engagement.objects.filter(
        application__state=State.CLUBS,
        answer=Engagement.Answer.PENDING,
        reminder_sent_at__isnull=True,
        request_sent_at__lte=now - REMIND_ORGANISATIONS_AFTER,
    ).select_related("application__authority")
    count = 0
    for engagement in pending:
        notifications.send_confirmation_request(engagement, reminder=True)
        engagement.reminder_sent_at = now
        engagement.save(update_fields=["reminder_sent_at"])
        count += 1
    return count


def forward_unconfirmed(now):
    """After 21 days without every answer, staff decide with what there is."""
    waiting = CardApplication.objects.filter(
        state=State.CLUBS, email_confirmed_at__lte=now - FORWARD_UNCONFIRMED_AFTER
    ).select_related("authority")
    count = 0
    for application in waiting:
        workflow.make_ready(application, unconfirmed=True)
        count += 1
    return count


def remind_cardholders(today):
    expiring = CardApplication.objects.filter(
        state=State.ISSUED,
        expiry_reminder_sent_at__isnull=True,
        valid_until__lte=today + EXPIRY_REMINDER_BEFORE,
        valid_until__gte=today,
    ).select_related("authority")
    count = 0
    for application in expiring:
        notifications.send_expiry_reminder(application)
        application.expiry_reminder_sent_at = timezone.now()
        application.save(update_fields=["expiry_reminder_sent_at"])
        count += 1
    return count


def expire_cards(today):
    expired = CardApplication.objects.filter(state=State.ISSUED, valid_until__lt=today)
    count = 0
    for application in expired.select_related("authority"):
        workflow.expire(application)
        count += 1
    return count


def delete_past_retention(now):
    """Refused and expired applications go after the retention period; unconfirmed ones sooner."""
    cutoff = now - datetime.timedelta(days=settings.CARD_APPLICATION_RETENTION_DAYS)
    closed = CardApplication.objects.filter(
        state__in=[State.REFUSED, State.EXPIRED], closed_at__lt=cutoff
    )
    never_confirmed = CardApplication.objects.filter(
        state=State.EMAIL, created_at__lt=now - UNCONFIRMED_EMAIL_KEPT
    )
    deleted = closed.delete()[1].get("ehrenamtskarte.CardApplication", 0)
    deleted += never_confirmed.delete()[1].get("ehrenamtskarte.CardApplication", 0)
    return deleted


def run_daily(now=None):
    now = now or timezone.now()
    today = timezone.localdate(now)
    return {
        "organisation_reminders": remind_organisations(now),
        "forwarded_unconfirmed": forward_unconfirmed(now),
        "expiry_reminders": remind_cardholders(today),
        "expired": expire_cards(today),
        "deleted": delete_past_retention(now),
    }
