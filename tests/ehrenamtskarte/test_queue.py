"""The staff queue in the Wagtail admin: filters, decisions with their mails, isolation, queries."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from ehrenamt.ehrenamtskarte.models import CardApplication
from ehrenamt.ehrenamtskarte.onboarding import ensure_staff_group
from tests.clubs.helpers import PASSWORD, club
from tests.ehrenamtskarte.helpers import authority, make_application

pytestmark = pytest.mark.django_db
State = CardApplication.State
QUEUE = "/admin/ehrenamtskarte/antraege/"


def inspect_url(application):
    return f"{QUEUE}inspect/{application.pk}/"


def staff_of(django_user_model, slug, username):
    user = django_user_model.objects.create_user(username=username, password=PASSWORD)
    user.groups.add(ensure_staff_group(authority(slug)))
    return user


@pytest.fixture
def kreis_staff(django_user_model, home_page):
    return staff_of(django_user_model, "kreis-bergstrasse", "kreis")


@pytest.fixture
def ludwigshafen_staff(django_user_model, home_page):
    return staff_of(django_user_model, "ludwigshafen-am-rhein", "lu")


def test_staff_filter_their_queue_by_state(client, kreis_staff):
    ready = make_application(State.READY, last_name="Bereit")
    make_application(State.CLUBS, last_name="Wartend")
    client.force_login(kreis_staff)
    everything = client.get(QUEUE).content.decode()
    assert "Bereit" in everything
    assert "Wartend" in everything
    filtered = client.get(QUEUE, {"state": "ready"}).content.decode()
    assert "Bereit" in filtered
    assert "Wartend" not in filtered
    assert inspect_url(ready) in filtered


def test_approve_issue_with_mails_at_each_step(client, kreis_staff):
    application = make_application(State.READY)
    client.force_login(kreis_staff)
    page = client.get(inspect_url(application)).content.decode()
    assert "Stunden zusammen: 6" in page
    assert "Alle Voraussetzungen sind erfüllt." in page

    response = client.post(inspect_url(application), {"decide": "1", "decision": "approve"})
    assert "Bitte begründen Sie die Entscheidung." in response.content.decode()
    assert mail.outbox == []

    client.post(
        inspect_url(application),
        {"decide": "1", "decision": "approve", "reason": "Sechs Stunden seit 2019."},
    )
    application.refresh_from_db()
    assert (application.state, application.decided_by) == (State.APPROVED, kreis_staff)
    assert mail.outbox[-1].to == ["jana@example.org"]
    assert "bewilligt" in mail.outbox[-1].subject

    valid_until = timezone.localdate() + datetime.timedelta(days=730)
    client.post(
        inspect_url(application),
        {
            "issue": "1",
            "card_number": "KB-2026-0042",
            "valid_until": valid_until.strftime("%d.%m.%Y"),
        },
    )
    application.refresh_from_db()
    assert (application.state, application.card_number) == (State.ISSUED, "KB-2026-0042")
    assert application.valid_until == valid_until
    assert "KB-2026-0042" in mail.outbox[-1].body
    assert len(mail.outbox) == 2


def test_refusal_with_reason_closes_the_application(client, kreis_staff):
    application = make_application(State.READY, hours=2)
    client.force_login(kreis_staff)
    assert "Nicht alle Voraussetzungen" in client.get(inspect_url(application)).content.decode()
    client.post(
        inspect_url(application),
        {"decide": "1", "decision": "refuse", "reason": "Nur zwei Stunden pro Woche."},
    )
    application.refresh_from_db()
    assert application.state == State.REFUSED
    assert application.closed_at is not None
    assert "Nur zwei Stunden pro Woche." in mail.outbox[-1].body


def test_no_decision_before_the_clubs_answered(client, kreis_staff):
    application = make_application(State.CLUBS)
    client.force_login(kreis_staff)
    client.post(inspect_url(application), {"decide": "1", "decision": "approve", "reason": "x"})
    application.refresh_from_db()
    assert application.state == State.CLUBS
    assert mail.outbox == []


def test_another_authority_sees_nothing_of_an_application(client, kreis_staff, ludwigshafen_staff):
    application = make_application(State.READY, last_name="Bergsträßerin")
    client.force_login(kreis_staff)
    assert "Bergsträßerin" in client.get(QUEUE).content.decode()
    client.force_login(ludwigshafen_staff)
    assert client.get(QUEUE).status_code == 200
    assert "Bergsträßerin" not in client.get(QUEUE).content.decode()
    assert client.get(inspect_url(application)).status_code == 404
    client.post(inspect_url(application), {"decide": "1", "decision": "refuse", "reason": "Fremd"})
    application.refresh_from_db()
    assert application.state == State.READY


# The list sends them back to the dashboard; the views the queue leaves out do not exist, and
# an application outside the user's authorities is not found.
@pytest.mark.parametrize(
    ("path", "status"),
    [("", 302), ("edit/{pk}/", 404), ("delete/{pk}/", 404), ("new/", 404), ("inspect/{pk}/", 404)],
)
def test_clubs_and_city_staff_without_the_group_are_refused(client, home_page, path, status):
    application = make_application(State.READY)
    account = club("Turnverein Bensheim").user
    client.force_login(account)
    response = client.get(QUEUE + path.format(pk=application.pk))
    assert response.status_code == status
    assert "Fröhlich" not in response.content.decode()


def test_a_club_sees_its_open_requests_on_its_dashboard(client, home_page):
    own = club("Turnverein Bensheim")
    other = club("Schachclub Heppenheim", slug="heppenheim")
    application = make_application(State.EMAIL)
    engagement = application.engagements.get()
    engagement.club = own.club
    engagement.save()
    from ehrenamt.ehrenamtskarte import workflow

    workflow.confirm_email(application)
    client.force_login(own.user)
    assert "Jana Fröhlich: Lebensmittel ausgeben" in client.get("/admin/").content.decode()
    client.force_login(other.user)
    assert "Jana Fröhlich" not in client.get("/admin/").content.decode()


def test_the_queue_takes_the_same_queries_for_3_and_30_applications(
    client, kreis_staff, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(3):
        make_application(State.READY, last_name=f"Person{number}")
    client.force_login(kreis_staff)
    client.get(QUEUE)
    with CaptureQueriesContext(connection) as few:
        assert client.get(QUEUE).status_code == 200
    for number in range(27):
        make_application(State.READY, last_name=f"Mehr{number}")
    with django_assert_max_num_queries(len(few)):
        html = client.get(QUEUE).content.decode()
    assert "Mehr26" in html
