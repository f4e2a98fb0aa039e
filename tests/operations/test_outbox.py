"""An inquiry a volunteer was told is sent is never lost, even while the mail server is down."""

import datetime
import socket

import pytest
from django.core import mail
from django.utils import timezone

from ehrenamt.inquiries.models import Inquiry
from ehrenamt.operations.models import OutgoingMail
from ehrenamt.operations.outbox import deliver_due
from tests.clubs.helpers import club
from tests.factories import OpportunityPageFactory
from tests.inquiries.test_inquiry_form import form_data, inquire_url

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def opportunity(home_page):
    onboarding = club("Tafel Bensheim")
    page = OpportunityPageFactory(parent=onboarding.club, title="Lebensmittel ausgeben")
    onboarding.club.save_revision().publish()
    return page


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "ehrenamt.operations.outbox.OutboxBackend"
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2
    return settings


def test_inquiry_is_acknowledged_and_its_mails_wait_while_the_server_is_down(
    client,
    opportunity,
    mail_server_down,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(inquire_url(opportunity), form_data())

    assert response.status_code == 302
    assert Inquiry.objects.get().email == "vera@example.org"
    queued = list(OutgoingMail.objects.order_by("pk"))
    assert len(queued) == 2
    assert all(stored.attempts == 1 for stored in queued)
    assert queued[0].next_attempt_at > timezone.now()

    # Not due yet: nothing is tried again.
    assert deliver_due() == (0, 0)

    # The server is back; the next run after the pause delivers both and keeps no copy.
    mail_server_down.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    later = timezone.now() + datetime.timedelta(minutes=2)
    assert deliver_due(now=later) == (2, 0)
    assert [message.to for message in mail.outbox] == [
        [opportunity.club.contact_email],
        ["vera@example.org"],
    ]
    assert mail.outbox[0].reply_to == ["vera@example.org"]
    assert not OutgoingMail.objects.exists()


def test_a_reachable_server_gets_the_mail_at_once(
    client,
    opportunity,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.EMAIL_BACKEND = "ehrenamt.operations.outbox.OutboxBackend"
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(inquire_url(opportunity), form_data())

    assert len(mail.outbox) == 2
    assert not OutgoingMail.objects.exists()
