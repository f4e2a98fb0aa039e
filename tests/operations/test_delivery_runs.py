"""Queued mails wait for one delivery run of the worker, not one run each."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from ehrenamt.operations.models import OutgoingMail
from ehrenamt.operations.outbox import deliver_mail
from tests.clubs.helpers import club
from tests.factories import OpportunityPageFactory
from tests.inquiries.test_inquiry_form import form_data, inquire_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker_mail(settings):
    """Mail as production queues it: the outbox and the database task backend."""
    settings.EMAIL_BACKEND = "ehrenamt.operations.outbox.OutboxBackend"
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return settings


@pytest.fixture
def opportunity(home_page):
    onboarding = club("Tafel Bensheim")
    page = OpportunityPageFactory(parent=onboarding.club, title="Lebensmittel ausgeben")
    onboarding.club.save_revision().publish()
    return page


def delivery_runs(**filters):
    return DBTaskResult.objects.filter(task_path=deliver_mail.module_path, **filters)


def send(subject, to, capture):
    with capture(execute=True), transaction.atomic():
        mail.send_mail(subject, "Text", None, [to])


def test_an_inquirys_two_mails_queue_one_run(
    opportunity, worker_mail, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(inquire_url(opportunity), form_data())

    assert response.status_code == 302
    assert OutgoingMail.objects.count() == 2
    assert delivery_runs().count() == 1


def test_mails_while_a_run_waits_join_that_run(worker_mail, django_capture_on_commit_callbacks):
    for number in range(5):
        send(
            f"Nachricht {number}", f"person{number}@example.org", django_capture_on_commit_callbacks
        )

    assert OutgoingMail.objects.count() == 5
    assert delivery_runs().count() == 1


def test_a_retry_deferred_to_later_does_not_hold_a_new_mail_back(
    worker_mail, django_capture_on_commit_callbacks
):
    later = timezone.now() + datetime.timedelta(minutes=5)
    deliver_mail.using(run_after=later).enqueue()

    send("Neu", "neu@example.org", django_capture_on_commit_callbacks)

    # The deferred run stays, and a run for now joins it.
    waiting = delivery_runs(status="READY")
    assert waiting.count() == 2
    assert waiting.filter(run_after=later).count() == 1
    assert DBTaskResult.objects.ready().filter(task_path=deliver_mail.module_path).count() == 1


# Committed for real: the worker checks its connection, which ends a test's open transaction.
@pytest.mark.django_db(transaction=True)
def test_a_mail_after_the_run_started_gets_a_run_of_its_own(
    worker_mail, django_capture_on_commit_callbacks
):
    send("Erste", "erste@example.org", django_capture_on_commit_callbacks)
    send("Zweite", "zweite@example.org", django_capture_on_commit_callbacks)
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    assert [message.to for message in mail.outbox] == [
        ["erste@example.org"],
        ["zweite@example.org"],
    ]
    assert delivery_runs(status="SUCCESSFUL").count() == 1

    send("Dritte", "dritte@example.org", django_capture_on_commit_callbacks)
    assert delivery_runs(status="READY").count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")
    assert len(mail.outbox) == 3
    assert not OutgoingMail.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_run_without_failures_still_schedules_the_retry_of_earlier_ones(
    worker_mail, django_capture_on_commit_callbacks
):
    # An earlier run failed this mail; a later run, started by a fresh mail, delivers only that.
    due = timezone.now() + datetime.timedelta(minutes=1)
    failed = OutgoingMail.objects.create(
        subject="Alt", body="Text", from_email="portal@example.org", to=["alt@example.org"]
    )
    OutgoingMail.objects.filter(pk=failed.pk).update(attempts=1, next_attempt_at=due)
    send("Neu", "neu@example.org", django_capture_on_commit_callbacks)
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    assert [message.to for message in mail.outbox] == [["neu@example.org"]]
    # Nothing failed in that run, yet the waiting mail has a run at its time.
    retry = delivery_runs(status="READY").get()
    assert retry.run_after == due
