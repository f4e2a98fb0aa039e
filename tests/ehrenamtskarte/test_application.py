"""Applying: the form's checks, the e-mail check, the organisations' signed links, every mail."""

import time

import pytest
from django.core import mail, signing
from django.core.cache import cache

from ehrenamt.ehrenamtskarte.links import ORGANISATION_SALT, organisation_path
from ehrenamt.ehrenamtskarte.models import CardApplication, Engagement
from tests.ehrenamtskarte.helpers import form_data, links_to, make_application, path_of
from tests.factories import ClubPageFactory

pytestmark = pytest.mark.django_db
State = CardApplication.State
URL = "/ehrenamtskarte/antrag/"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


def errors_of(response):
    return response.content.decode().split('id="form-errors"')[1].split("</div>")[0]


def test_the_form_works_without_javascript_and_explains_in_easy_language(client, home_page):
    html = client.get(URL).content.decode()
    assert '<form method="post" action="/ehrenamtskarte/antrag/"' in html
    assert "In Leichter Sprache" in html
    assert 'name="engagement-0-activity"' in html


def test_an_application_waits_for_the_email_check_before_any_club_hears_of_it(client, home_page):
    response = client.post(URL, form_data())
    assert response.status_code == 302
    application = CardApplication.objects.get()
    assert application.state == State.EMAIL
    assert application.authority.name == "Kreis Bergstraße"
    assert [message.to for message in mail.outbox] == [["jana@example.org"]]
    link = links_to(mail.outbox[0], "/bestaetigen/")[0]

    page = client.get(path_of(link))
    assert "Ja, Antrag weitergeben" in page.content.decode()
    assert CardApplication.objects.get().state == State.EMAIL

    client.post(path_of(link))
    assert CardApplication.objects.get().state == State.CLUBS
    recipients = sorted(message.to[0] for message in mail.outbox[1:])
    assert recipients == ["jana@example.org", "tafel@example.org"]
    assert client.post(path_of(link)).status_code == 410
    assert len(mail.outbox) == 3


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"birth_date": "03.12.2015"}, "birth_date", "ab 16 Jahren"),
        ({"birth_date": "31.02.1980"}, "birth_date", "TT.MM.JJJJ"),
        ({"postcode": "10115"}, "postcode", "nicht in unserer Region"),
        ({"postcode": "68159"}, "postcode", "Für Mannheim nimmt die zuständige Stelle"),
        ({"postcode": "6462🙂"}, "postcode", "fünfstellige Postleitzahl"),
        ({"engagement-0-hours_per_week": "viel"}, "engagement-0-hours_per_week", "Zahl"),
        ({"engagement-0-since": "2099-01"}, "engagement-0-since", "Zukunft"),
        ({"engagement-0-contact_email": ""}, "engagement-0-contact_email", "E-Mail-Adresse"),
        ({"email": "jana@"}, "email", "gültige E-Mail-Adresse"),
    ],
)
def test_bad_input_gets_a_german_message_and_keeps_what_was_typed(
    client, home_page, changes, field, message
):
    response = client.post(URL, form_data(**changes))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Rodensteinstraße 7"' in html
    assert 'value="Lebensmittel ausgeben"' in html
    assert not CardApplication.objects.exists()
    assert mail.outbox == []


def test_a_club_from_the_directory_is_asked_at_its_own_address(client, home_page):
    club = ClubPageFactory(title="Turnverein Bensheim", contact_email="tv@verein.example")
    data = form_data(
        **{
            "engagement-0-club": str(club.pk),
            "engagement-0-organisation": "",
            "engagement-0-contact_email": "",
        }
    )
    client.post(URL, data)
    engagement = Engagement.objects.get()
    assert (engagement.club, engagement.contact_email) == (club, "tv@verein.example")


def test_a_further_engagement_row_comes_without_javascript_and_keeps_the_first(client, home_page):
    response = client.post(URL, form_data(add_engagement="1"))
    html = response.content.decode()
    assert 'name="engagement-1-activity"' in html
    assert 'value="Lebensmittel ausgeben"' in html
    assert "form-errors" not in html
    data = form_data(
        **{
            "engagement-TOTAL_FORMS": "2",
            "engagement-1-organisation": "Chor Auerbach",
            "engagement-1-contact_email": "chor@example.org",
            "engagement-1-activity": "Notenwart",
            "engagement-1-since": "2018-01",
            "engagement-1-hours_per_week": "1,5",
        }
    )
    client.post(URL, data)
    assert sorted(Engagement.objects.values_list("activity", flat=True)) == [
        "Lebensmittel ausgeben",
        "Notenwart",
    ]


def test_a_forged_management_form_is_a_message_not_an_error(client, home_page):
    response = client.post(URL, form_data(**{"engagement-TOTAL_FORMS": "9999"}))
    assert response.status_code == 200
    assert not CardApplication.objects.exists()


def test_the_organisation_page_names_only_the_applicant_and_the_engagement(client, home_page):
    application = make_application(State.CLUBS)
    engagement = application.engagements.get()
    html = client.get(organisation_path(engagement)).content.decode()
    assert "Jana Fröhlich" in html
    assert "Lebensmittel ausgeben" in html
    for private in ("jana@example.org", "Rodensteinstraße", "24.05.1980", "1980"):
        assert private not in html


def test_a_confirmation_makes_the_application_ready_and_tells_applicant_and_staff(
    client, home_page
):
    application = make_application(State.CLUBS)
    application.authority.contact_email = "ecard@kreis-bergstrasse.example"
    application.authority.save()
    engagement = application.engagements.get()
    response = client.post(organisation_path(engagement), {"answer": "confirmed"})
    assert "Danke für Ihre Antwort" in response.content.decode()
    application.refresh_from_db()
    assert application.state == State.READY
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ecard@kreis-bergstrasse.example",
        "jana@example.org",
    ]
    staff_mail = next(m for m in mail.outbox if m.to == ["ecard@kreis-bergstrasse.example"])
    assert "Fröhlich" not in staff_mail.body
    assert client.post(organisation_path(engagement), {"answer": "declined"}).status_code == 410
    engagement.refresh_from_db()
    assert engagement.answer == Engagement.Answer.CONFIRMED


def test_an_organisation_corrects_the_hours(client, home_page):
    engagement = make_application(State.CLUBS).engagements.get()
    response = client.post(organisation_path(engagement), {"answer": "corrected"})
    assert "richtigen Stunden" in response.content.decode()
    client.post(organisation_path(engagement), {"answer": "corrected", "hours_per_week": "3,5"})
    engagement.refresh_from_db()
    assert engagement.counted_hours == pytest.approx(3.5)
    assert not engagement.application.rule_check().hours_met


def test_organisation_links_only_show_a_page_on_get(client, home_page):
    engagement = make_application(State.CLUBS).engagements.get()
    client.get(organisation_path(engagement), {"answer": "declined"})
    engagement.refresh_from_db()
    assert engagement.answer == Engagement.Answer.PENDING


def test_tampered_and_expired_links_are_refused(client, home_page, settings):
    engagement = make_application(State.CLUBS).engagements.get()
    path = organisation_path(engagement)
    assert client.get(path).status_code == 200
    tampered = path.replace(path.split("/")[-2][:3], "xyz", 1)
    assert client.post(tampered, {"answer": "declined"}).status_code == 404
    other = signing.dumps(engagement.pk, salt="ehrenamtskarte.confirm-email")
    assert client.get(f"/ehrenamtskarte/bestaetigung/{other}/").status_code == 404

    stale = signing.dumps(engagement.pk, salt=ORGANISATION_SALT)
    real_time = time.time
    try:
        time.time = lambda: real_time() + 31 * 24 * 3600
        response = client.post(f"/ehrenamtskarte/bestaetigung/{stale}/", {"answer": "declined"})
    finally:
        time.time = real_time
    assert response.status_code == 404
    assert "abgelaufen" in response.content.decode()
    engagement.refresh_from_db()
    assert engagement.answer == Engagement.Answer.PENDING
