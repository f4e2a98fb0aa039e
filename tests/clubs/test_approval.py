"""City staff of the club's municipality approve new clubs and every new or changed opportunity."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import TaskState

from ehrenamt.clubs.onboarding import confirm_registration
from ehrenamt.opportunities.models import OpportunityPage
from tests.clubs.admin_forms import opportunity_form
from tests.clubs.helpers import club, staff_user


@pytest.fixture
def own(home_page):
    return club("Turnverein Bensheim")


@pytest.fixture
def bensheim_staff(home_page, django_user_model):
    return staff_user(django_user_model, slug="bensheim", username="bensheim")


@pytest.fixture
def viernheim_staff(home_page, django_user_model):
    return staff_user(django_user_model, slug="viernheim", username="viernheim")


@pytest.fixture
def submitted(client, own, bensheim_staff, viernheim_staff):
    """The club submits a new opportunity for approval through the page editor."""
    client.force_login(own.user)
    client.post(
        f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/", opportunity_form()
    )
    client.logout()
    return OpportunityPage.objects.get(title="Trainer:in für die Kinderturngruppe")


def task_state(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def act(client, page, action, comment=""):
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state(page).pk}/"
    return client.post(url, {"comment": comment})


def test_staff_of_the_municipality_are_notified(submitted, bensheim_staff, viernheim_staff):
    recipients = [message.to for message in mail.outbox]
    assert [bensheim_staff.email] in recipients
    assert [viernheim_staff.email] not in recipients
    staff_mail = next(m for m in mail.outbox if m.to == [bensheim_staff.email])
    assert f"http://testserver/admin/pages/{submitted.pk}/" in staff_mail.body


def test_staff_approve_and_the_club_is_told(client, submitted, bensheim_staff, own):
    mail.outbox.clear()
    client.force_login(bensheim_staff)
    act(client, submitted, "approve")
    submitted.refresh_from_db()
    assert submitted.live
    assert client.get(submitted.url).status_code == 200
    assert [own.user.email] in [message.to for message in mail.outbox]


def test_staff_request_changes_and_the_club_sees_the_comment(
    client, submitted, bensheim_staff, own
):
    mail.outbox.clear()
    client.force_login(bensheim_staff)
    act(client, submitted, "reject", comment="Bitte ein Mindestalter angeben.")
    submitted.refresh_from_db()
    assert not submitted.live
    (to_club,) = [message for message in mail.outbox if message.to == [own.user.email]]
    assert "Bitte ein Mindestalter angeben." in to_club.body

    client.force_login(own.user)
    editor = client.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    assert "Bitte ein Mindestalter angeben." in editor


def test_staff_of_another_municipality_cannot_approve(client, submitted, viernheim_staff):
    client.force_login(viernheim_staff)
    act(client, submitted, "approve")
    submitted.refresh_from_db()
    assert not submitted.live


def test_changes_to_a_live_opportunity_wait_for_approval(client, submitted, bensheim_staff, own):
    client.force_login(bensheim_staff)
    act(client, submitted, "approve")
    client.force_login(own.user)
    client.post(
        f"/admin/pages/{submitted.pk}/edit/",
        opportunity_form(title="Geänderter Titel") | {"slug": submitted.slug},
    )
    submitted.refresh_from_db()
    assert submitted.title == "Trainer:in für die Kinderturngruppe"
    assert submitted.has_unpublished_changes
    assert submitted.workflow_in_progress
    assert "Geänderter Titel" not in Client().get(submitted.url).content.decode()


def test_new_club_page_is_approved_by_its_municipality(client, bensheim_staff, home_page):
    pending = club("Neuer Verein", active=False)
    confirm_registration(pending.user)
    client.force_login(bensheim_staff)
    act(client, pending.club, "approve")
    pending.club.refresh_from_db()
    assert pending.club.live


def test_staff_get_one_mail_by_name_listing_what_to_check(
    own, bensheim_staff, django_user_model, client
):
    bensheim_staff.first_name, bensheim_staff.last_name = "Petra", "Amtmann"
    bensheim_staff.save()
    django_user_model.objects.create_superuser("admin", "admin@stadt.example", "x")
    mail.outbox.clear()
    client.force_login(own.user)
    client.post(
        f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/", opportunity_form()
    )
    (staff_mail,) = mail.outbox
    assert staff_mail.to == [bensheim_staff.email]
    assert staff_mail.body.startswith("Guten Tag Petra Amtmann,")
    assert "Trainer:in für die Kinderturngruppe" in staff_mail.subject
    assert "Bitte prüfen Sie:" in staff_mail.body
    assert "Mindestalter" in staff_mail.body


def test_a_listing_cannot_go_live_before_its_club(client, bensheim_staff, home_page):
    pending = club("Neuer Verein", active=False)
    confirm_registration(pending.user)
    client.force_login(pending.user)
    client.post(
        f"/admin/pages/add/opportunities/opportunitypage/{pending.club.pk}/", opportunity_form()
    )
    listing = OpportunityPage.objects.get()
    assert not pending.club.live
    client.force_login(bensheim_staff)
    act(client, listing, "approve")
    listing.refresh_from_db()
    pending.club.refresh_from_db()
    assert listing.live
    assert pending.club.live
    assert not pending.club.workflow_in_progress
    assert Client().get(listing.url).status_code == 200
    assert Client().get(pending.club.url).status_code == 200


def test_staff_are_created_in_their_towns_group_and_invited(client, home_page):
    call_command(
        "onboard_staff", "bensheim", "--name=Petra Amtmann", "--email=petra@bensheim.example"
    )
    petra = get_user_model().objects.get(email="petra@bensheim.example")
    assert petra.groups.get().name == "Verwaltung Bensheim"
    (invitation,) = mail.outbox
    assert invitation.to == ["petra@bensheim.example"]
    assert "/admin/password_reset/" in invitation.body
    pending = club("Neuer Verein", active=False)
    confirm_registration(pending.user)
    assert "petra@bensheim.example" in [message.to[0] for message in mail.outbox]
    with pytest.raises(CommandError):
        call_command("onboard_staff", "bensheim", "--name=X", "--email=petra@bensheim.example")
