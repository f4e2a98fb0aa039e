"""The states of an application and the only ways between them; each change mails the applicant.

e-mail check → organisations confirm → ready → approved or refused → card issued → expired
"""

from django.db import transaction
from django.utils import timezone

from . import notifications
from .models import CardApplication, Engagement

State = CardApplication.State


class NotAllowed(Exception):
    """The application is not in a state from which this step may be taken."""


def _require(application, *states):
    if application.state not in states:
        raise NotAllowed(application.state)


def _change(application, state, **fields):
    application.state = state
    for name, value in fields.items():
        setattr(application, name, value)
    application.save()
    notifications.send_state_mail(application)


@transaction.atomic
def submit(application, engagements):
    """Store a new application; nothing goes to an organisation before the e-mail check."""
    application.state = State.EMAIL
    application.consent_at = timezone.now()
    application.save()
    for engagement in engagements:
        engagement.application = application
        engagement.save()
    notifications.send_email_check(application)
    return application


@transaction.atomic
def confirm_email(application):
    """The applicant confirmed the address: now the organisations are asked. False if done already."""
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.state != State.EMAIL:
        return False
    now = timezone.now()
    _change(application, State.CLUBS, email_confirmed_at=now)
    for engagement in application.engagements.all():
        notifications.send_confirmation_request(engagement)
        engagement.request_sent_at = now
        engagement.save(update_fields=["request_sent_at"])
    return True


@transaction.atomic
def answer(engagement, answer, *, hours_per_week=None, since=None, note=""):
    """Record an organisation's answer once; when every organisation answered, staff decide."""
    engagement = Engagement.objects.select_for_update().get(pk=engagement.pk)
    application = engagement.application
    if engagement.is_answered or application.state not in (State.CLUBS, State.READY):
        raise NotAllowed(application.state)
    engagement.answer = answer
    if answer == Engagement.Answer.CORRECTED:
        engagement.confirmed_hours_per_week = hours_per_week
        engagement.confirmed_since = since
    engagement.answer_note = note
    engagement.answered_at = timezone.now()
    engagement.save()
    pending = application.engagements.filter(answer=Engagement.Answer.PENDING)
    if application.state == State.CLUBS and not pending.exists():
        make_ready(application)
    return engagement


def make_ready(application, unconfirmed=False):
    _require(application, State.CLUBS)
    _change(application, State.READY, ready_at=timezone.now(), unconfirmed=unconfirmed)
    notifications.send_ready_to_staff(application)


@transaction.atomic
def decide(application, *, approve, reason, user):
    _require(application, State.READY)
    now = timezone.now()
    _change(
        application,
        State.APPROVED if approve else State.REFUSED,
        decided_at=now,
        decided_by=user,
        decision_reason=reason,
        closed_at=None if approve else now,
    )


@transaction.atomic
def issue(application, *, card_number, valid_until):
    _require(application, State.APPROVED)
    _change(
        application,
        State.ISSUED,
        card_number=card_number,
        valid_until=valid_until,
        issued_at=timezone.now(),
    )


@transaction.atomic
def expire(application):
    _require(application, State.ISSUED)
    _change(application, State.EXPIRED, closed_at=timezone.now())
