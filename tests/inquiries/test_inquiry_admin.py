"""Clubs read and answer their own inquiries in the admin; staff see figures per club."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.permissions import policy_registry

from ehrenamt.inquiries.models import Inquiry
from ehrenamt.inquiries.notifications import send_reminders
from ehrenamt.inquiries.retention import erase_expired_inquiries
from tests.clubs.helpers import club, staff_user
from tests.factories import OpportunityPageFactory


def make_inquiry(onboarding, created_at=None, **fields):
    opportunity = OpportunityPageFactory(parent=onboarding.club)
    values = {
        "name": "Vera Freiwillig",
        "email": "vera@example.org",
        "message": "Ich möchte helfen.",
        "consent_at": timezone.now(),
        "created_at": created_at or timezone.now(),
    }
    values.update(fields)
    return Inquiry.objects.create(
        opportunity=opportunity,
        club=onboarding.club,
        opportunity_title=opportunity.title,
        **values,
    )


@pytest.fixture
def own(home_page):
    return club("Tafel Bensheim")


@pytest.fixture
def other(home_page):
    return club("Tafel Viernheim", slug="viernheim")


def test_club_sees_only_its_own_inquiries(client, own, other):
    mine = make_inquiry(own, name="Anna Eigene")
    theirs = make_inquiry(other, name="Bert Fremder")
    client.force_login(own.user)

    listing = client.get("/admin/anfragen/").content.decode()
    assert "Anna Eigene" in listing
    assert "Bert Fremder" not in listing
    assert client.get(f"/admin/anfragen/{mine.pk}/").status_code == 200
    assert client.get(f"/admin/anfragen/{theirs.pk}/").status_code == 404
    assert client.post(f"/admin/anfragen/{theirs.pk}/beantwortet/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.answered_at is None


def test_wagtail_asks_the_same_rule_who_reads_inquiries(own, django_user_model):
    """Wagtail's permission policy for inquiries names the club's people and admins, not staff."""
    admin = django_user_model.objects.create_superuser("chef", "chef@example.org", "x")
    staff = staff_user(django_user_model, slug="bensheim")
    readers = set(policy_registry.get_by_type(Inquiry).users_with_permission("view"))
    assert {own.user, admin} <= readers
    assert staff not in readers
    assert not policy_registry.get_by_type(Inquiry).users_with_permission("change").exists()


def test_club_filters_searches_and_exports_its_own_inquiries(client, own, other):
    answered = make_inquiry(own, name="Anna Eigene", answered_at=timezone.now())
    make_inquiry(own, name="=Offen Eigene", message="Wann geht es los?")
    make_inquiry(other, name="Bert Fremder")
    client.force_login(own.user)

    open_only = client.get("/admin/anfragen/", {"status": "open"}).content.decode()
    assert "=Offen Eigene" in open_only
    assert "Anna Eigene" not in open_only
    searched = client.get("/admin/anfragen/", {"q": "wann geht"}).content.decode()
    assert "=Offen Eigene" in searched
    assert "Anna Eigene" not in searched

    export = client.get("/admin/anfragen/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    names = [row[3] for row in rows[1:]]
    # A name typed into the public form never becomes a spreadsheet formula.
    assert sorted(names) == ["'=Offen Eigene", "Anna Eigene"]
    # Times as the club reads them: local, to the minute.
    received = {row[3]: row[0] for row in rows[1:]}
    assert received["Anna Eigene"] == f"{timezone.localtime(answered.created_at):%d.%m.%Y %H:%M}"


def test_club_marks_an_inquiry_answered_and_the_response_time_is_recorded(client, own):
    monday = timezone.make_aware(datetime.datetime(2025, 3, 3, 9, 0))
    inquiry = make_inquiry(own, created_at=monday)
    client.force_login(own.user)
    response = client.post(f"/admin/anfragen/{inquiry.pk}/beantwortet/")
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.answered_at is not None
    assert inquiry.response_time == inquiry.answered_at - monday
    assert "beantwortet nach" in client.get(f"/admin/anfragen/{inquiry.pk}/").content.decode()


def test_inquiries_admin_is_closed_to_users_without_a_club(client, home_page, django_user_model):
    outsider = django_user_model.objects.create_user("aussen", "a@example.org", "x")
    client.force_login(outsider)
    response = client.get("/admin/anfragen/")
    assert (response.status_code, response["Location"]) == (
        302,
        "/admin/login/?next=/admin/anfragen/",
    )


def test_staff_see_unanswered_inquiries_per_club_without_personal_data(
    client, own, other, django_user_model
):
    make_inquiry(own, name="Anna Eigene")
    make_inquiry(own)
    make_inquiry(other)
    staff = staff_user(django_user_model, slug="bensheim")
    client.force_login(staff)

    response = client.get("/admin/anfragen/uebersicht/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tafel Bensheim" in html
    assert "Tafel Viernheim" not in html  # another municipality's staff look after that one
    assert "Anna Eigene" not in html
    # Staff approve clubs but do not read volunteers' messages: Wagtail sends them to the dashboard.
    response = client.get("/admin/anfragen/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_staff_export_the_overview_without_personal_data(client, own, other, django_user_model):
    make_inquiry(own, name="Anna Eigene", email="anna@example.org")
    make_inquiry(other)
    client.force_login(staff_user(django_user_model, slug="bensheim"))

    export = client.get("/admin/anfragen/uebersicht/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert rows[0][:3] == ["Verein", "Ort", "Unbeantwortet"]
    assert [row[:3] for row in rows[1:]] == [["Tafel Bensheim", "Bensheim", "1"]]
    assert "anna@example.org" not in str(rows)


def test_club_users_cannot_open_the_staff_overview(client, own):
    client.force_login(own.user)
    response = client.get("/admin/anfragen/uebersicht/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_overview_needs_constant_queries(
    client, own, django_user_model, django_assert_max_num_queries
):
    staff = staff_user(django_user_model, slug="bensheim")
    client.force_login(staff)
    make_inquiry(own)
    client.get("/admin/anfragen/uebersicht/")
    with django_assert_max_num_queries(40) as few:
        client.get("/admin/anfragen/uebersicht/")
    for number in range(5):
        make_inquiry(club(f"Verein {number}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/admin/anfragen/uebersicht/")


def test_reminder_after_five_working_days_once(own):
    thursday = timezone.make_aware(datetime.datetime(2025, 3, 6, 10, 0))
    inquiry = make_inquiry(own, created_at=thursday)
    answered = make_inquiry(own, created_at=thursday, answered_at=thursday)
    mail.outbox.clear()

    # Thursday + 5 working days is the next Thursday; the weekend does not count.
    assert send_reminders(today=datetime.date(2025, 3, 12)) == 0
    assert send_reminders(today=datetime.date(2025, 3, 13)) == 1
    (reminder,) = mail.outbox
    assert reminder.to == [own.club.contact_email]
    assert f"http://testserver/admin/anfragen/{inquiry.pk}/" in reminder.body
    assert send_reminders(today=datetime.date(2025, 3, 20)) == 0
    answered.refresh_from_db()
    assert answered.reminder_sent_at is None


def test_retention_erases_personal_data_but_keeps_response_figures(own, settings):
    settings.INQUIRY_RETENTION_DAYS = 180
    old_date = timezone.now() - datetime.timedelta(days=181)
    old = make_inquiry(own, created_at=old_date, answered_at=old_date + datetime.timedelta(days=1))
    recent = make_inquiry(own, created_at=timezone.now() - datetime.timedelta(days=179))

    assert erase_expired_inquiries() == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.message) == ("", "", "")
    assert old.response_time == datetime.timedelta(days=1)
    assert recent.email == "vera@example.org"
    assert erase_expired_inquiries() == 0
