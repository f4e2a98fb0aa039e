"""Club self-registration at /mitmachen/verein-registrieren/ with e-mail confirmation."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from wagtail.models import Collection, GroupPagePermission

from ehrenamt.clubs.models import ClubPage
from tests.clubs.helpers import PASSWORD, club, links_in, staff_user, started
from tests.factories import municipality

URL = "/mitmachen/verein-registrieren/"


def form_data(**overrides):
    data = {
        "club_name": "Kleintierzüchter Auerbach",
        "municipality": municipality("bensheim").pk,
        "contact_name": "Karl Kaninchen",
        "email": "karl@kleintiere.example",
        "password": PASSWORD,
        "short_description": "Wir züchten und zeigen Kaninchen und Hühner.",
        "accept_terms": "on",
        "homepage": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def login(client, username, password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password})


@pytest.fixture
def staff(home_page, django_user_model):
    return staff_user(django_user_model)


def test_form_shows_labelled_fields_and_consent(client, home_page):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    for label in ["Name des Vereins", "Ort", "Ansprechperson", "E-Mail-Adresse", "Passwort"]:
        assert label in html
    assert 'href="/datenschutz/"' in html
    assert 'for="id_accept_terms"' in html


def test_registration_confirmation_and_approval_journey(client, staff):
    response = client.post(URL, form_data())
    assert response.status_code == 302
    assert response["Location"] == "/mitmachen/verein-registrieren/gesendet/"

    user = get_user_model().objects.get(email="karl@kleintiere.example")
    club_page = ClubPage.objects.get(title="Kleintierzüchter Auerbach")
    assert not user.is_active
    assert not club_page.live
    assert club_page.municipality.slug == "bensheim"
    assert Collection.objects.filter(name__startswith="Kleintierzüchter Auerbach").exists()
    granted = GroupPagePermission.objects.filter(page=club_page, group__user=user).values_list(
        "permission__codename", flat=True
    )
    assert sorted(granted) == ["add_page", "change_page"]

    # Before confirmation the account cannot log in.
    assert login(client, "karl@kleintiere.example").status_code == 200
    assert "_auth_user_id" not in client.session

    (message,) = mail.outbox
    assert message.to == ["karl@kleintiere.example"]
    (link,) = links_in(message)
    assert link.startswith("http://testserver/mitmachen/verein-registrieren/bestaetigen/")
    path = link.removeprefix("http://testserver")

    # Opening the link alone (as a mail scanner would) confirms nothing.
    assert client.get(path).status_code == 200
    user.refresh_from_db()
    assert not user.is_active

    response = client.post(path)
    assert "Ihre E-Mail-Adresse ist bestätigt" in response.content.decode()
    user.refresh_from_db()
    assert user.is_active

    # The club page went to the Bensheim staff for approval, and they were told by e-mail.
    club_page.refresh_from_db()
    assert club_page.workflow_in_progress
    staff_mail = [m for m in mail.outbox if m.to == [staff.email]]
    assert staff_mail

    response = login(client, "karl@kleintiere.example")
    assert response.status_code == 302
    assert client.get(f"/admin/pages/{club_page.pk}/edit/").status_code == 200


def test_second_confirmation_changes_nothing(client, home_page):
    client.post(URL, form_data())
    path = links_in(mail.outbox[0])[0].removeprefix("http://testserver")
    client.post(path)
    response = client.post(path)
    assert response.status_code == 200
    assert "bestätigt" in response.content.decode()


def test_forged_confirmation_link_is_refused(client, home_page):
    response = client.get(f"{URL}bestaetigen/abc:def/")
    assert response.status_code == 400
    assert "ungültig oder abgelaufen" in response.content.decode()


def test_known_address_gets_same_answer_and_no_second_account(client, home_page):
    club(email="karl@kleintiere.example")
    mail.outbox.clear()
    response = client.post(URL, form_data(club_name="Ein anderer Verein"))
    assert response["Location"] == "/mitmachen/verein-registrieren/gesendet/"
    assert get_user_model().objects.filter(email="karl@kleintiere.example").count() == 1
    assert not ClubPage.objects.filter(title="Ein anderer Verein").exists()
    (message,) = mail.outbox
    assert "schon ein Konto" in message.body


def test_bad_input_keeps_what_was_typed_and_explains_in_german(client, home_page):
    response = client.post(
        URL, form_data(email="karl-at-kleintiere", password="123", accept_terms="")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein." in html
    assert "Bitte stimmen Sie den Nutzungsbedingungen zu" in html
    assert "Dieses Passwort ist zu kurz" in html
    assert 'value="Kleintierzüchter Auerbach"' in html
    assert 'value="karl-at-kleintiere"' in html
    assert "Wir züchten und zeigen Kaninchen" in html
    assert not get_user_model().objects.filter(email__startswith="karl").exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (lambda: {"homepage": "http://spam.example"}, "konnten nicht gesendet werden"),
        (lambda: {"started": started(seconds_ago=1)}, "Das ging sehr schnell"),
        (lambda: {"started": "forged"}, "Das Formular ist abgelaufen"),
    ],
)
def test_bots_are_turned_away_without_storing_or_sending(client, home_page, overrides, message):
    response = client.post(URL, form_data(**overrides()))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_user_model().objects.exists()
    assert mail.outbox == []


def test_too_many_registrations_from_one_address_are_refused(client, home_page):
    for number in range(5):
        response = client.post(
            URL, form_data(email=f"verein{number}@example.org", club_name=f"Verein {number}")
        )
        assert response.status_code == 302
    response = client.post(URL, form_data(email="verein9@example.org", club_name="Verein 9"))
    assert "sehr viele Formulare" in response.content.decode()
    assert not ClubPage.objects.filter(title="Verein 9").exists()


def test_management_command_onboards_a_club_and_invites_it(home_page):
    call_command(
        "onboard_club",
        name="Tafel Viernheim",
        municipality="viernheim",
        contact="Theo Tafel",
        email="tafel@viernheim.example",
        description="Lebensmittel retten und verteilen.",
    )
    club_page = ClubPage.objects.get(title="Tafel Viernheim")
    assert not club_page.live
    user = get_user_model().objects.get(email="tafel@viernheim.example")
    assert user.is_active
    (message,) = mail.outbox
    assert "http://testserver/admin/password_reset/" in message.body


def test_staff_onboard_a_club_in_the_admin(client, home_page, django_user_model):
    admin = django_user_model.objects.create_superuser("chefin", "chefin@stadt.example", PASSWORD)
    client.force_login(admin)
    response = client.post(
        "/admin/vereine/anlegen/",
        {
            "club_name": "Chor Lorsch",
            "municipality": municipality("lorsch").pk,
            "contact_name": "Clara Chor",
            "email": "chor@lorsch.example",
            "short_description": "Wir singen.",
        },
    )
    club_page = ClubPage.objects.get(title="Chor Lorsch")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{club_page.pk}/edit/"
    assert mail.outbox[0].to == ["chor@lorsch.example"]


def test_club_users_cannot_onboard_other_clubs(client, home_page):
    onboarding = club()
    client.force_login(onboarding.user)
    assert client.get("/admin/vereine/anlegen/").status_code == 302
