"""E-mails about inquiries: to the club, to the volunteer, and reminders to slow clubs."""

from django.core import signing
from django.urls import reverse
from django.utils import timezone

from ehrenamt.operations.mail import absolute_url, send_templated_mail

from .models import Inquiry
from .workdays import add_working_days

REMINDER_AFTER_WORKING_DAYS = 5
DELETION_SALT = "inquiries.delete"
DELETION_MAX_AGE = 365 * 24 * 3600


def deletion_token(inquiry):
    return signing.dumps(inquiry.pk, salt=DELETION_SALT)


def inquiry_for_deletion_token(token):
    try:
        pk = signing.loads(token, salt=DELETION_SALT, max_age=DELETION_MAX_AGE)
    except signing.BadSignature:
        return None
    return Inquiry.objects.filter(pk=pk).first()


def admin_url(inquiry):
    return absolute_url(reverse("inquiries_admin:inspect", args=[inquiry.pk]))


def notify_new_inquiry(inquiry, opportunity):
    """The club gets the message with the volunteer as reply-to; the volunteer gets a copy."""
    context = {
        "inquiry": inquiry,
        "opportunity": opportunity,
        "opportunity_url": opportunity.full_url or absolute_url("/"),
        "admin_url": admin_url(inquiry),
    }
    send_templated_mail(
        "inquiry_to_club", context, to=[opportunity.reply_address], reply_to=[inquiry.email]
    )
    deletion_path = reverse("inquiries:delete", kwargs={"token": deletion_token(inquiry)})
    send_templated_mail(
        "inquiry_confirmation",
        {**context, "deletion_url": absolute_url(deletion_path)},
        to=[inquiry.email],
        reply_to=[opportunity.reply_address],
    )


def reminder_due(inquiry, today):
    created = timezone.localtime(inquiry.created_at).date()
    return add_working_days(created, REMINDER_AFTER_WORKING_DAYS) <= today


def send_reminders(today=None):
    """Remind clubs once of inquiries unanswered for five working days. Returns the count."""
    today = today or timezone.localdate()
    pending = (
        Inquiry.objects.unanswered()
        .filter(reminder_sent_at__isnull=True)
        .select_related("club", "opportunity")
    )
    sent = 0
    for inquiry in pending.iterator():
        if not reminder_due(inquiry, today):
            continue
        address = inquiry.opportunity.reply_address if inquiry.opportunity else None
        send_templated_mail(
            "inquiry_reminder",
            {"inquiry": inquiry, "admin_url": admin_url(inquiry)},
            to=[address or inquiry.club.contact_email],
        )
        inquiry.reminder_sent_at = timezone.now()
        inquiry.save(update_fields=["reminder_sent_at"])
        sent += 1
    return sent
