"""The daily jobs: reminders after 7 days, forwarding after 21, expiry reminders, retention."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from ehrenamt.ehrenamtskarte.jobs import run_daily
from ehrenamt.ehrenamtskarte.models import CardApplication, Engagement
from tests.ehrenamtskarte.helpers import links_to, make_application, path_of

pytestmark = pytest.mark.django_db
State = CardApplication.State
DAY = datetime.timedelta(days=1)


def test_organisations_are_reminded_once_after_seven_days(home_page):
    application = make_application(State.CLUBS)
    now = timezone.now()
    assert run_daily(now + 6 * DAY)["organisation_reminders"] == 0
    assert run_daily(now + 7 * DAY + DAY / 2)["organisation_reminders"] == 1
    assert mail.outbox[0].to == ["tafel@example.org"]
    assert "Erinnerung" in mail.outbox[0].subject
    assert run_daily(now + 8 * DAY)["organisation_reminders"] == 0
    assert application.engagements.get().reminder_sent_at is not None


def test_after_21_days_staff_get_the_application_as_unconfirmed(home_page):
    application = make_application(State.CLUBS)
    application.authority.contact_email = "ecard@kreis.example"
    application.authority.save()
    assert run_daily(timezone.now() + 20 * DAY)["forwarded_unconfirmed"] == 0
    assert run_daily(timezone.now() + 21 * DAY + DAY / 2)["forwarded_unconfirmed"] == 1
    application.refresh_from_db()
    assert (application.state, application.unconfirmed) == (State.READY, True)
    assert {m.to[0] for m in mail.outbox} >= {"ecard@kreis.example", "jana@example.org"}


def test_cardholders_get_a_reminder_six_weeks_before_with_a_prefilled_form(client, home_page):
    application = make_application(State.ISSUED)
    application.valid_until = timezone.localdate() + datetime.timedelta(weeks=6, days=1)
    application.save()
    assert run_daily()["expiry_reminders"] == 0
    application.valid_until -= DAY
    application.save()
    assert run_daily()["expiry_reminders"] == 1
    assert run_daily()["expiry_reminders"] == 0
    link = links_to(mail.outbox[0], "erneut=")[0]
    html = client.get(path_of(link)).content.decode()
    assert 'value="Jana"' in html
    assert 'value="Rodensteinstraße 7"' in html
    assert 'value="Lebensmittel ausgeben"' in html
    assert 'value="03.2019"' in html
    assert 'value="Jana"' not in client.get(path_of(link) + "x").content.decode()


def test_cards_expire_with_a_mail(home_page):
    application = make_application(State.ISSUED)
    application.valid_until = timezone.localdate() - DAY
    application.save()
    assert run_daily()["expired"] == 1
    application.refresh_from_db()
    assert application.state == State.EXPIRED
    assert "abgelaufen" in mail.outbox[-1].subject


def test_retention_deletes_refused_and_expired_applications_after_the_configured_time(
    home_page, settings
):
    settings.CARD_APPLICATION_RETENTION_DAYS = 30
    refused = make_application(State.REFUSED, last_name="Abgelehnt")
    expired = make_application(State.EXPIRED, last_name="Abgelaufen")
    issued = make_application(State.ISSUED, last_name="Gültig")
    assert CardApplication.objects.count() == 3
    assert run_daily(timezone.now() + 29 * DAY)["deleted"] == 0
    assert run_daily(timezone.now() + 31 * DAY)["deleted"] == 2
    assert list(CardApplication.objects.all()) == [issued]
    assert not Engagement.objects.filter(application_id__in=[refused.pk, expired.pk]).exists()


def test_applications_never_confirmed_are_deleted_after_a_week(home_page):
    make_application(State.EMAIL)
    assert run_daily(timezone.now() + 6 * DAY)["deleted"] == 0
    assert run_daily(timezone.now() + 8 * DAY)["deleted"] == 1
    assert not CardApplication.objects.exists()


def test_the_privacy_page_names_the_deletion(client, home_page):
    assert "Ehrenamts-Card" in client.get("/datenschutz/").content.decode()


def test_daily_jobs_run_the_card_jobs(home_page):
    from io import StringIO

    out = StringIO()
    call_command("daily_jobs", stdout=out)
    assert "maintain_card_applications" in out.getvalue()
