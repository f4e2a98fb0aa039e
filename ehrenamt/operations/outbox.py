"""E-mails go through a queue in the database, so that none is lost when the mail server is down.

With EMAIL_BACKEND set to OutboxBackend every message is stored in the same transaction as the
data behind it (an inquiry, a registration) and then handed to the real backend
(OUTBOX_DELIVERY_BACKEND) by the `deliver_mail` task. A failed attempt is retried with growing
pauses, by the next task run or by `manage.py deliver_mail` from cron; a delivered message is
deleted, so no copy of personal data stays behind.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import OutgoingMail

logger = logging.getLogger(__name__)
# Pauses before the next attempt: minutes after the 1st, 2nd, ... failure; the last one repeats.
RETRY_MINUTES = (1, 5, 15, 60, 240)
DEFAULT_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            OutgoingMail.objects.create(
                subject=str(message.subject),
                body=str(message.body),
                from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                to=list(message.to),
                cc=list(message.cc),
                bcc=list(message.bcc),
                reply_to=list(message.reply_to),
                alternatives=[list(item) for item in getattr(message, "alternatives", [])],
            )
        if email_messages:
            transaction.on_commit(enqueue_delivery)
        return len(email_messages)


def enqueue_delivery():
    deliver_mail.enqueue()


def as_message(stored, connection):
    message = EmailMultiAlternatives(
        subject=stored.subject,
        body=stored.body,
        from_email=stored.from_email,
        to=stored.to,
        cc=stored.cc,
        bcc=stored.bcc,
        reply_to=stored.reply_to,
        connection=connection,
    )
    for content, mimetype in stored.alternatives:
        message.attach_alternative(content, mimetype)
    return message


def retry_pause(attempts):
    return datetime.timedelta(minutes=RETRY_MINUTES[min(attempts, len(RETRY_MINUTES)) - 1])


def deliver_due(now=None):
    """Send every message that is due; returns (sent, failed)."""
    now = now or timezone.now()
    backend = getattr(settings, "OUTBOX_DELIVERY_BACKEND", DEFAULT_DELIVERY_BACKEND)
    sent = failed = 0
    due = OutgoingMail.objects.filter(next_attempt_at__lte=now).order_by("next_attempt_at")
    for pk in list(due.values_list("pk", flat=True)):
        with transaction.atomic():
            # Another worker may be at it: each message is taken by one of them.
            stored = OutgoingMail.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if stored is None:
                continue
            try:
                as_message(stored, get_connection(backend, fail_silently=False)).send()
            except Exception as error:
                stored.attempts += 1
                stored.next_attempt_at = now + retry_pause(stored.attempts)
                stored.last_error = f"{type(error).__name__}: {error}"[:200]
                stored.save(update_fields=["attempts", "next_attempt_at", "last_error"])
                logger.warning(
                    "E-mail %s not delivered (attempt %s): %s", pk, stored.attempts, error
                )
                failed += 1
            else:
                stored.delete()
                sent += 1
    return sent, failed


@task()
def deliver_mail():
    """Hand queued e-mails to the mail server; failures wait for a later run."""
    sent, failed = deliver_due()
    return {"sent": sent, "failed": failed}
