"""E-mails go through a queue in the database, so that none is lost when the mail server is down.

With EMAIL_BACKEND set to OutboxBackend every message is stored in the same transaction as the
data behind it (an inquiry, a registration) and then handed to the real backend
(OUTBOX_DELIVERY_BACKEND) by the `deliver_mail` task. In production that task runs in the
django-tasks database worker, so no request ever waits for the mail server; only development and
tests run it at once. The connection has a timeout (EMAIL_TIMEOUT: smtplib applies it to the
connect and to every read), so a server that accepts and never answers costs the worker seconds,
not forever. A failed attempt is retried with growing pauses, by a run the task schedules for
itself or by `manage.py deliver_mail` from cron; after OUTBOX_MAX_ATTEMPTS the message is given
up (dead letter) and shown to staff in the admin. A delivered message is deleted, so no copy of
personal data stays behind.
"""

import datetime
import logging
import smtplib
import socket

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import Min
from django.dispatch import Signal
from django.utils import timezone
from django_tasks import task
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from .models import OutgoingMail

logger = logging.getLogger(__name__)
# Pauses before the next attempt: minutes after the 1st, 2nd, ... failure; the last one repeats.
RETRY_MINUTES = (1, 5, 15, 60, 240)
DEFAULT_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_MAX_ATTEMPTS = 8
# Seconds, when EMAIL_TIMEOUT is unset: Django's default would wait for ever.
DEFAULT_TIMEOUT = 10
# The server itself cannot be reached or stopped answering: no other message would get through.
SERVER_UNREACHABLE = (
    ConnectionError,
    TimeoutError,
    socket.gaierror,
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
)
# Sent with `recipients` when the mail server refuses addresses outright (a hard bounce), so that
# apps which mail people regularly (search alerts) can stop mailing them.
recipients_refused = Signal()


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
                headers=dict(message.extra_headers),
            )
        if email_messages:
            transaction.on_commit(enqueue_delivery)
        return len(email_messages)


def delivery_waiting():
    """Is a run of deliver_mail queued and due, but not yet started?

    Such a run reads the due mails only when it starts, so it sends every mail committed before
    then: a second run queued behind it would find nothing left to do. A run deferred to a later
    retry does not count, it would hold a new mail back.
    """
    backend = deliver_mail.get_backend()
    if not isinstance(backend, DatabaseBackend):
        return False  # the immediate backend (development, tests) runs at once, nothing waits
    return (
        DBTaskResult.objects.ready()
        .filter(
            task_path=deliver_mail.module_path,
            backend_name=deliver_mail.backend,
            queue_name=deliver_mail.queue_name,
        )
        .exists()
    )


def enqueue_delivery():
    """Queue one delivery run per batch of mails, not one per mail."""
    if delivery_waiting():
        return None
    return deliver_mail.enqueue()


def as_message(stored, connection):
    message = EmailMultiAlternatives(
        subject=stored.subject,
        body=stored.body,
        from_email=stored.from_email,
        to=stored.to,
        cc=stored.cc,
        bcc=stored.bcc,
        reply_to=stored.reply_to,
        headers=stored.headers,
        connection=connection,
    )
    for content, mimetype in stored.alternatives:
        message.attach_alternative(content, mimetype)
    return message


def retry_pause(attempts):
    return datetime.timedelta(minutes=RETRY_MINUTES[min(attempts, len(RETRY_MINUTES)) - 1])


def record_failure(stored, error, now):
    stored.attempts += 1
    stored.last_error = f"{type(error).__name__}: {error}"[:200]
    if stored.attempts >= getattr(settings, "OUTBOX_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS):
        stored.dead_at = now
        logger.error("E-mail %s given up after %s attempts: %s", stored.pk, stored.attempts, error)
    else:
        stored.next_attempt_at = now + retry_pause(stored.attempts)
        logger.warning(
            "E-mail %s not delivered (attempt %s): %s", stored.pk, stored.attempts, error
        )
    stored.save(update_fields=["attempts", "next_attempt_at", "last_error", "dead_at"])


def delivery_connection():
    backend = getattr(settings, "OUTBOX_DELIVERY_BACKEND", DEFAULT_DELIVERY_BACKEND)
    timeout = getattr(settings, "EMAIL_TIMEOUT", None) or DEFAULT_TIMEOUT
    return get_connection(backend, fail_silently=False, timeout=timeout)


def deliver_due(now=None):
    """Send every message that is due; returns (sent, failed).

    Once the server proves unreachable (refused, timed out) the other due messages are not tried
    in this run: each would wait for the same timeout. They count a failed attempt alike.
    """
    now = now or timezone.now()
    sent = failed = 0
    unreachable = None
    due = OutgoingMail.objects.pending().filter(next_attempt_at__lte=now)
    for pk in list(due.order_by("next_attempt_at").values_list("pk", flat=True)):
        with transaction.atomic():
            # Another worker may be at it: each message is taken by one of them.
            stored = (
                OutgoingMail.objects.select_for_update(skip_locked=True)
                .pending()
                .filter(pk=pk)
                .first()
            )
            if stored is None:
                continue
            if unreachable is not None:
                record_failure(stored, unreachable, now)
                failed += 1
                continue
            try:
                as_message(stored, delivery_connection()).send()
            except Exception as error:
                if isinstance(error, smtplib.SMTPRecipientsRefused):
                    recipients_refused.send(OutboxBackend, recipients=list(error.recipients))
                if isinstance(error, SERVER_UNREACHABLE):
                    unreachable = error
                record_failure(stored, error, now)
                failed += 1
            else:
                stored.delete()
                sent += 1
    return sent, failed


def schedule_retry(now=None):
    """Run the task again when the next waiting message is due, if the backend can defer.

    Asked after every run, not only after one that failed: a run that found only fresh mails
    would otherwise leave the earlier failures without a run to retry them. Mails due already
    were queued after this run read its list; they queued a run of their own.
    """
    if not deliver_mail.get_backend().supports_defer:
        return None  # cron's `manage.py deliver_mail` and the next mail's run pick them up
    now = now or timezone.now()
    waiting = OutgoingMail.objects.pending().filter(next_attempt_at__gt=now)
    when = waiting.aggregate(when=Min("next_attempt_at"))["when"]
    if when is None:
        return None
    # One scheduled run per minute is enough however many runs failed before it.
    if cache.add(f"outbox:retry-at:{when:%Y%m%d%H%M}", 1, 24 * 3600):
        deliver_mail.using(run_after=when).enqueue()
    return when


def resend_dead(queryset):
    """Staff send given-up messages again: due at once, with a fresh count of attempts."""
    count = queryset.dead().update(dead_at=None, attempts=0, next_attempt_at=timezone.now())
    if count:
        transaction.on_commit(enqueue_delivery)
    return count


@task()
def deliver_mail():
    """Hand queued e-mails to the mail server; failures wait for a later run."""
    sent, failed = deliver_due()
    schedule_retry()
    return {"sent": sent, "failed": failed}
