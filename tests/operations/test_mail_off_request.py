"""No request waits on mail: a server that accepts and never answers costs the worker, not visitors.

The hanging server is a local socket that listens and never speaks: the kernel completes the
connection, smtplib then waits for a greeting that never comes, until EMAIL_TIMEOUT.
"""

import datetime
import socket
import time

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from ehrenamt.inquiries.models import Inquiry
from ehrenamt.operations.models import OutgoingMail
from ehrenamt.operations.outbox import deliver_due
from tests.clubs.helpers import club
from tests.factories import OpportunityPageFactory
from tests.inquiries.test_inquiry_form import form_data, inquire_url

pytestmark = pytest.mark.django_db
EMAIL_TIMEOUT = 2


@pytest.fixture
def hanging_mail_server():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    yield server.getsockname()[1]
    server.close()


@pytest.fixture
def production_mail(settings, hanging_mail_server):
    """Mail as production sends it: the outbox, SMTP, and the database task worker."""
    settings.EMAIL_BACKEND = "ehrenamt.operations.outbox.OutboxBackend"
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = hanging_mail_server
    settings.EMAIL_TIMEOUT = EMAIL_TIMEOUT
    settings.OUTBOX_MAX_ATTEMPTS = 2
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return settings


@pytest.fixture
def opportunity(home_page):
    onboarding = club("Tafel Bensheim")
    page = OpportunityPageFactory(parent=onboarding.club, title="Lebensmittel ausgeben")
    onboarding.club.save_revision().publish()
    return page


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")


def test_inquiry_answers_at_once_while_the_mail_server_hangs(
    opportunity, production_mail, django_capture_on_commit_callbacks
):
    # A long timeout: a request that waited for the server could not end before it.
    production_mail.EMAIL_TIMEOUT = 15
    visitor = Client()
    visitor.get(inquire_url(opportunity))
    begin = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(inquire_url(opportunity), form_data())
    elapsed = time.monotonic() - begin

    assert response.status_code == 302
    assert elapsed < 5
    assert Inquiry.objects.count() == 1
    assert OutgoingMail.objects.filter(attempts=0).count() == 2
    assert DBTaskResult.objects.filter(task_path__endswith="deliver_mail").exists()


# Committed for real: the worker checks its connection, which ends a test's open transaction.
@pytest.mark.django_db(transaction=True)
def test_the_worker_gives_up_on_a_hanging_server_retries_and_dead_letters(
    opportunity, production_mail, django_capture_on_commit_callbacks, admin_client
):
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(inquire_url(opportunity), form_data())

    begin = time.monotonic()
    run_worker()
    # One timeout for the run, not one per mail: the others are not tried against a dead server.
    assert EMAIL_TIMEOUT <= time.monotonic() - begin < 2 * EMAIL_TIMEOUT + 2
    queued = list(OutgoingMail.objects.all())
    assert [stored.attempts for stored in queued] == [1, 1]
    assert all("timed out" in stored.last_error for stored in queued)
    assert all(stored.next_attempt_at > timezone.now() for stored in queued)
    assert all(stored.dead_at is None for stored in queued)
    # The worker scheduled its own retry for when the mails are due.
    retry = DBTaskResult.objects.filter(task_path__endswith="deliver_mail", status="READY").get()
    assert retry.run_after == min(stored.next_attempt_at for stored in queued)

    # The second failure is the last (OUTBOX_MAX_ATTEMPTS = 2): both become dead letters.
    assert deliver_due(now=timezone.now() + datetime.timedelta(minutes=2)) == (0, 2)
    assert OutgoingMail.objects.dead().count() == 2
    assert deliver_due(now=timezone.now() + datetime.timedelta(days=30)) == (0, 0)

    # Staff see them in the admin and send them again once the server is fixed.
    listing = admin_client.get("/admin/ausgehende-mails/?given_up=true")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Aufgegeben" in html
    assert "Lebensmittel ausgeben" in html
    dead = OutgoingMail.objects.first()
    inspect = admin_client.get(f"/admin/ausgehende-mails/inspect/{dead.pk}/").content.decode()
    assert "Erneut zustellen" in inspect
    production_mail.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/ausgehende-mails/resend/{dead.pk}/")
    run_worker()
    assert OutgoingMail.objects.count() == 1
    assert OutgoingMail.objects.get().dead_at is not None


def test_nobody_edits_or_adds_a_stored_mail(admin_client, production_mail):
    assert admin_client.get("/admin/ausgehende-mails/new/").status_code in (302, 403)
