"""With Redis unreachable, login throttling and form limits count per process instead of stopping."""

import time

import pytest
from django.test import Client

from ehrenamt.inquiries.models import Inquiry
from tests.clubs.helpers import PASSWORD, club, started
from tests.factories import OpportunityPageFactory
from tests.inquiries.test_inquiry_form import form_data, inquire_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(settings):
    # Port 1 on loopback: nothing listens, every connection is refused.
    settings.CACHES = {
        "default": {
            "BACKEND": "ehrenamt.operations.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    return settings


def test_wrong_passwords_still_lock_the_login(redis_down, home_page):
    username = club().user.username
    visitor = Client()
    for _attempt in range(5):
        response = visitor.post("/admin/login/", {"username": username, "password": "falsch"})
        assert response.status_code == 200
    response = visitor.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert "_auth_user_id" not in visitor.session
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()


def test_inquiry_limit_per_address_still_holds(redis_down, home_page):
    onboarding = club("Tafel Bensheim")
    opportunity = OpportunityPageFactory(parent=onboarding.club)
    onboarding.club.save_revision().publish()
    visitor = Client()
    answers = [
        visitor.post(
            inquire_url(opportunity), form_data(email=f"p{number}@example.org")
        ).status_code
        for number in range(8)
    ]
    assert answers == [302] * 5 + [200] * 3
    assert Inquiry.objects.count() == 5


def test_a_spent_form_token_stays_spent_without_redis(redis_down, home_page):
    onboarding = club("Tafel Bensheim")
    opportunity = OpportunityPageFactory(parent=onboarding.club)
    onboarding.club.save_revision().publish()
    token = started()
    visitor = Client()
    assert visitor.post(inquire_url(opportunity), form_data(started=token)).status_code == 302
    # A bot replaying the token with other content gets no second inquiry.
    replay = visitor.post(
        inquire_url(opportunity),
        form_data(started=token, email="bot@example.org", message="x" * 20),
    )
    assert Inquiry.objects.count() == 1
    assert replay.status_code in (200, 302)


def test_pages_do_not_wait_for_the_dead_cache(redis_down, home_page):
    visitor = Client()
    begin = time.monotonic()
    for _visit in range(5):
        assert visitor.get("/").status_code == 200
    assert time.monotonic() - begin < 5
