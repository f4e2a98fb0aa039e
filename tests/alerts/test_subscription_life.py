"""A person follows a search by e-mail: subscribe, confirm by POST, digests, one-click unsubscribe."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from ehrenamt.alerts.digest import send_digests
from ehrenamt.alerts.models import SearchSubscription
from ehrenamt.alerts.retention import delete_stale_subscriptions
from tests.alerts.helpers import ago, links_in, listing, path_of, subscribe_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(home_page):
    return home_page


def subscribe(client, **overrides):
    return client.post("/benachrichtigungen/", subscribe_data(**overrides))


def confirmed(query="category=sport", frequency="daily", at=None, email="lea@example.org"):
    subscription = SearchSubscription.objects.create(email=email, query=query, frequency=frequency)
    subscription.confirm(at or ago(days=2))
    return subscription


def test_search_page_offers_the_form_for_its_own_filters(client):
    html = client.get("/suche/?category=sport&municipality=bensheim&page=1").content.decode()
    assert "Neue passende Angebote per E-Mail" in html
    assert 'action="/benachrichtigungen/"' in html
    assert 'name="query" value="category=sport&amp;municipality=bensheim"' in html
    for field in ("email", "frequency", "consent"):
        assert f'for="id_{field}"' in html


def test_subscribing_sends_only_a_confirmation_with_a_one_click_unsubscribe(client):
    response = subscribe(client)
    assert response.status_code == 302
    assert "bestätigen" in client.get(response["Location"]).content.decode()

    subscription = SearchSubscription.objects.get()
    assert (subscription.email, subscription.query) == ("lea@example.org", "category=sport")
    assert not subscription.confirmed
    (message,) = mail.outbox
    assert message.to == ["lea@example.org"]
    assert "Sport" in message.body
    unsubscribe_url = f"http://testserver/benachrichtigungen/abbestellen/{subscription.token}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in message.body

    listing("Neu im Sportverein", ago(hours=1), category="sport")
    assert send_digests() == 0


def test_only_a_post_behind_the_link_confirms(client):
    subscribe(client)
    confirm_path = path_of(next(url for url in links_in(mail.outbox[0]) if "bestaetigen" in url))
    # A mail scanner fetching the link confirms nothing.
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "Benachrichtigung bestätigen</button>" in page.content.decode()
    assert not SearchSubscription.objects.get().confirmed

    answer = client.post(confirm_path)
    assert "ist bestätigt" in answer.content.decode()
    assert SearchSubscription.objects.get().confirmed
    assert client.get("/benachrichtigungen/bestaetigen/falsch/").status_code == 404


def test_digest_holds_only_matching_listings_new_since_the_last_mail(client):
    before = listing("Alt: Trainer:in Jugendfußball", ago(days=5), category="sport")
    subscription = confirmed(at=ago(days=2))
    new = listing("Neu: Übungsleitung Seniorensport", ago(hours=3), category="sport")
    other = listing("Neu: Vorlesen in der Kita", ago(hours=3), category="bildung")
    mail.outbox.clear()

    assert send_digests() == 1
    (message,) = mail.outbox
    assert new.title in message.body
    assert before.title not in message.body
    assert other.title not in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"/benachrichtigungen/abbestellen/{subscription.token}/" in message.body

    # Following a link from the mail leads to the listing and counts as opened.
    link = next(url for url in links_in(message) if f"/{new.pk}/" in url)
    assert client.get(path_of(link))["Location"] == new.url
    assert SearchSubscription.objects.get().last_opened_on == timezone.localdate()


def test_at_most_one_mail_per_period_and_none_without_news():
    daily = confirmed(query="category=sport", frequency="daily", at=ago(days=2))
    weekly = confirmed(
        query="category=sport", frequency="weekly", at=ago(days=2), email="tom@example.org"
    )
    listing("Neu: Schwimmtraining", ago(hours=3), category="sport")
    now = timezone.now()
    assert send_digests(now) == 2
    assert send_digests(now + datetime.timedelta(minutes=5)) == 0

    mail.outbox.clear()
    tomorrow = now + datetime.timedelta(days=1)
    assert send_digests(tomorrow) == 0, "nothing new since the last mail"
    listing("Neu: Platzwart:in", now + datetime.timedelta(hours=2), category="sport")
    assert send_digests(tomorrow) == 1
    assert mail.outbox[0].to == [daily.email]
    assert send_digests(now + datetime.timedelta(days=7)) == 1
    assert mail.outbox[1].to == [weekly.email]


def test_one_click_unsubscribe_deletes_without_a_csrf_token(client_with_csrf):
    subscription = confirmed()
    path = f"/benachrichtigungen/abbestellen/{subscription.token}/"
    page = client_with_csrf.get(path)
    assert "Abbestellen und löschen" in page.content.decode()
    assert SearchSubscription.objects.filter(pk=subscription.pk).exists()

    answer = client_with_csrf.post(
        path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert answer.status_code == 200
    assert not SearchSubscription.objects.filter(pk=subscription.pk).exists()


@pytest.fixture
def client_with_csrf():
    from django.test import Client

    return Client(enforce_csrf_checks=True)


def test_deletion_schedules():
    fresh = SearchSubscription.objects.create(email="a@example.org", created_at=ago(days=6))
    SearchSubscription.objects.create(email="b@example.org", created_at=ago(days=8))
    read = confirmed(email="c@example.org", at=ago(days=400))
    read.mark_opened()
    confirmed(email="d@example.org", at=ago(days=400))
    bounced = confirmed(email="e@example.org")
    bounced.bounced_at = timezone.now()
    bounced.save()
    assert SearchSubscription.objects.count() == 5

    assert delete_stale_subscriptions() == 3
    assert set(SearchSubscription.objects.values_list("pk", flat=True)) == {fresh.pk, read.pk}


def test_a_hard_bounce_marks_the_address_for_deletion():
    from ehrenamt.operations.outbox import OutboxBackend, recipients_refused

    subscription = confirmed(email="weg@example.org")
    recipients_refused.send(OutboxBackend, recipients=["Weg@example.org"])
    assert SearchSubscription.objects.get(pk=subscription.pk).bounced_at is not None
    assert send_digests() == 0
    delete_stale_subscriptions()
    assert not SearchSubscription.objects.filter(pk=subscription.pk).exists()
