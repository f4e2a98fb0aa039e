"""Fresh listings: reminders before a listing expires, one-click extension, automatic expiry.

Expired listings are unpublished, so every list, feed, sitemap and search engine that follows
Wagtail's `live` flag drops them without knowing about dates; their URL keeps answering with
HTTP 410 and suggestions (OpportunityPage.route/serve).
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from ehrenamt.operations.mail import absolute_url, send_templated_mail

from .models import OpportunityPage

REMINDER_DAYS_BEFORE = 14
CONFIRM_SALT = "opportunities.still-current"
# The link in a reminder works until well after the date it reminds of.
CONFIRM_MAX_AGE = 60 * 24 * 3600


def confirmation_token(opportunity):
    """Signed for the current valid-through date, so each link extends a listing only once."""
    return signing.dumps(
        {"id": opportunity.pk, "until": opportunity.valid_through.isoformat()}, salt=CONFIRM_SALT
    )


def read_confirmation_token(token):
    """(opportunity, still_pending) for a valid token, or (None, False)."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None, False
    opportunity = OpportunityPage.objects.filter(pk=data["id"]).select_related("club").first()
    if opportunity is None:
        return None, False
    return opportunity, opportunity.valid_through.isoformat() == data["until"]


def confirmation_url(opportunity):
    path = reverse("opportunities:confirm", kwargs={"token": confirmation_token(opportunity)})
    return absolute_url(path)


def send_expiry_reminders(today=None):
    """E-mail each club once per date about listings that expire within 14 days."""
    today = today or timezone.localdate()
    due = (
        OpportunityPage.objects.live()
        .filter(
            valid_through__gte=today,
            valid_through__lte=today + datetime.timedelta(days=REMINDER_DAYS_BEFORE),
        )
        .exclude(expiry_reminder_for=F("valid_through"))
        .select_related("club")
    )
    sent = 0
    for opportunity in due:
        send_templated_mail(
            "opportunity_expiry_reminder",
            {
                "opportunity": opportunity,
                "confirm_url": confirmation_url(opportunity),
                "edit_url": absolute_url(reverse("wagtailadmin_pages:edit", args=[opportunity.pk])),
            },
            to=[opportunity.reply_address],
        )
        OpportunityPage.objects.filter(pk=opportunity.pk).update(
            expiry_reminder_for=opportunity.valid_through
        )
        sent += 1
    return sent


def expire_opportunities(today=None):
    """Unpublish live listings whose valid-through date has passed; returns how many."""
    today = today or timezone.localdate()
    expired = OpportunityPage.objects.live().filter(valid_through__lt=today)
    count = 0
    for opportunity in expired:
        opportunity.unpublish(log_action="wagtail.unpublish")
        OpportunityPage.objects.filter(pk=opportunity.pk).update(expired_on=today)
        count += 1
    return count


def extend(opportunity, today=None):
    """The club confirmed the listing is still current: extend it by the usual validity."""
    today = today or timezone.localdate()
    opportunity.valid_through = today + datetime.timedelta(days=settings.OPPORTUNITY_VALIDITY_DAYS)
    opportunity.last_confirmed = today
    if opportunity.has_unpublished_changes:
        # A draft waits for approval: change only the dates, keep the draft for the staff.
        opportunity.save(update_fields=["valid_through", "last_confirmed"], clean=False)
        revision = opportunity.latest_revision
        revision.content.update(
            valid_through=opportunity.valid_through.isoformat(),
            last_confirmed=today.isoformat(),
        )
        revision.save(update_fields=["content"])
    else:
        opportunity.save_revision(log_action=True, clean=False).publish()


def run(today=None):
    """The daily freshness job: reminders first, then expiry."""
    return {
        "reminders": send_expiry_reminders(today),
        "expired": expire_opportunities(today),
    }
