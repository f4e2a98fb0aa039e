"""Listings stay fresh: reminders, one-click extension, automatic expiry with a helpful 410 page."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from ehrenamt.opportunities.freshness import expire_opportunities, send_expiry_reminders
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.taxonomy.models import Category
from tests.clubs.helpers import club, links_in
from tests.factories import OpportunityPageFactory


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.fixture
def onboarding(home_page):
    onboarding = club("Tafel Bensheim")
    onboarding.club.save_revision().publish()
    return onboarding


def published(onboarding, **fields):
    page = OpportunityPageFactory(parent=onboarding.club, **fields)
    page.save_revision().publish()
    return OpportunityPage.objects.get(pk=page.pk)


def test_new_opportunity_is_valid_for_six_months_by_default(onboarding):
    page = OpportunityPage(title="x", summary="x", description="x")
    assert page.valid_through == days(183)
    assert page.last_confirmed == timezone.localdate()


def test_page_shows_when_it_was_last_confirmed(client, onboarding):
    page = published(onboarding, last_confirmed=datetime.date(2025, 3, 3))
    assert "Zuletzt bestätigt am 3. März 2025" in client.get(page.url).content.decode()


def test_reminder_14_days_before_expiry_once_with_a_signed_link(onboarding):
    due = published(onboarding, title="Lesepate", valid_through=days(14))
    published(onboarding, title="Später", valid_through=days(15))
    mail.outbox.clear()

    assert send_expiry_reminders() == 1
    (reminder,) = mail.outbox
    assert reminder.to == [due.reply_address]
    assert "Lesepate" in reminder.subject
    confirm_link, edit_link = links_in(reminder)
    assert confirm_link.startswith("http://testserver/mitmachen/angebot-bestaetigen/")
    assert edit_link == f"http://testserver/admin/pages/{due.pk}/edit/"
    assert send_expiry_reminders() == 0


def test_one_click_extends_the_listing(client, onboarding):
    page = published(onboarding, valid_through=days(10), last_confirmed=days(-170))
    send_expiry_reminders()
    path = links_in(mail.outbox[-1])[0].removeprefix("http://testserver")

    response = client.get(path)
    assert "Ja, das Angebot ist noch aktuell" in response.content.decode()
    page.refresh_from_db()
    assert page.valid_through == days(10)  # opening the link alone changes nothing

    response = client.post(path)
    assert "Danke, das Angebot ist bestätigt" in response.content.decode()
    page.refresh_from_db()
    assert page.valid_through == days(183)
    assert page.last_confirmed == timezone.localdate()
    assert page.live
    # The extension is part of the page's history, so the next edit starts from it.
    assert page.get_latest_revision_as_object().valid_through == days(183)

    # The same link cannot extend twice.
    client.post(path)
    page.refresh_from_db()
    assert page.valid_through == days(183)


def test_extension_keeps_a_draft_that_waits_for_approval(client, onboarding):
    page = published(onboarding, valid_through=days(10))
    page.title = "Neuer Titel im Entwurf"
    page.save_revision()
    send_expiry_reminders()
    client.post(links_in(mail.outbox[-1])[0].removeprefix("http://testserver"))
    page.refresh_from_db()
    assert page.valid_through == days(183)
    assert page.title != "Neuer Titel im Entwurf"
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Neuer Titel im Entwurf"
    assert draft.valid_through == days(183)


def test_forged_link_is_refused(client, onboarding):
    response = client.get("/mitmachen/angebot-bestaetigen/abc:def/")
    assert response.status_code == 400


def test_expired_listing_goes_offline_but_its_url_answers_410_with_similar_ones(client, onboarding):
    sport = Category.objects.get(slug="sport")
    old = published(onboarding, title="Altes Angebot", categories=[sport], valid_through=days(5))
    similar = published(onboarding, title="Ähnliches Angebot", categories=[sport])
    published(onboarding, title="Anderes Thema")
    url = old.url

    # Once the date has passed, even before the daily job runs, visitors learn it is over.
    OpportunityPage.objects.filter(pk=old.pk).update(valid_through=days(-1))
    assert client.get(url).status_code == 410

    assert expire_opportunities() == 1
    old.refresh_from_db()
    assert not old.live
    assert old not in OpportunityPage.objects.current()

    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 410
    assert "Dieses Angebot ist nicht mehr aktuell" in html
    assert "Ähnliches Angebot" in html
    assert similar.url in html
    assert "Anderes Thema" not in html
    assert "Ich möchte mitmachen" not in html


def test_unpublished_drafts_stay_hidden(client, onboarding):
    draft = OpportunityPageFactory(parent=onboarding.club, live=False, valid_through=days(-3))
    assert client.get(f"/vereine/{onboarding.club.slug}/{draft.slug}/").status_code == 404


def test_daily_command_runs_freshness_and_inquiry_jobs(onboarding):
    published(onboarding, title="Bald fällig", valid_through=days(3))
    expired = published(onboarding, title="Vorbei", valid_through=days(30))
    OpportunityPage.objects.filter(pk=expired.pk).update(valid_through=days(-1))
    mail.outbox.clear()

    call_command("daily_jobs")
    assert [m.subject for m in mail.outbox if "Bald fällig" in m.subject]
    expired.refresh_from_db()
    assert not expired.live


def test_freshness_command_alone(onboarding):
    published(onboarding, valid_through=days(1))
    call_command("check_freshness")
    assert len(mail.outbox) == 1


def test_expired_page_needs_constant_queries(client, onboarding, django_assert_max_num_queries):
    sport = Category.objects.get(slug="sport")
    old = published(onboarding, categories=[sport], valid_through=days(5))
    OpportunityPage.objects.filter(pk=old.pk).update(valid_through=days(-1))
    expire_opportunities()
    published(onboarding, categories=[sport])
    client.get(old.url)
    with django_assert_max_num_queries(50) as few:
        client.get(old.url)
    for number in range(6):
        published(club(f"Verein {number}"), categories=[sport])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(old.url).status_code == 410
