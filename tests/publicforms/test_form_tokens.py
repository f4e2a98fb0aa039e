"""The minimum-time token of a public form is spent once the form has been accepted."""

import pytest
from django.core import mail

from tests.clubs.helpers import started

pytestmark = pytest.mark.django_db
FEEDBACK_URL = "/mitmachen/barriere-melden/"


def feedback(**overrides):
    return {
        "email": "lena@example.org",
        "message": "Der Kontrast der Schaltflächen ist zu gering.",
        "consent": "on",
        "homepage": "",
        "started": started(),
        **overrides,
    }


def test_a_token_replayed_after_acceptance_is_refused_in_german(client, home_page):
    token = started()
    assert client.post(FEEDBACK_URL, feedback(started=token)).status_code == 302
    replay = client.post(FEEDBACK_URL, feedback(started=token, email="bot@example.org"))
    html = replay.content.decode()
    assert replay.status_code == 200
    assert "Dieses Formular wurde bereits gesendet" in html
    # What was typed stays, and the page offers a fresh token for a deliberate second message.
    assert "Der Kontrast der Schaltflächen" in html
    assert f'value="{token}"' not in html
    assert len(mail.outbox) == 1


def test_a_fresh_form_is_accepted_again(client, home_page):
    assert client.post(FEEDBACK_URL, feedback()).status_code == 302
    assert client.post(FEEDBACK_URL, feedback()).status_code == 302
    assert len(mail.outbox) == 2
