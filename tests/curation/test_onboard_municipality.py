"""A new place joins with one command: landing page, staff group and rights, workflow, own host."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Site

from ehrenamt.clubs.onboarding import onboard_club, submit_for_approval
from ehrenamt.regions.models import Municipality
from home.models import MunicipalityPage, PortalSettings

pytestmark = pytest.mark.django_db


def staff_user(group, name):
    user = get_user_model().objects.create_user(name, f"{name}@stadt.example", "x")
    user.groups.add(group)
    return user


def onboarded_group(page):
    return page.group_permissions.get(permission__codename="change_page").group


def test_onboarding_lampertheim_gives_page_group_and_workflow(client, home_page):
    call_command("onboard_municipality", "lampertheim")
    page = MunicipalityPage.objects.get(slug="lampertheim")
    assert client.get("/orte/lampertheim/").status_code == 200
    group = onboarded_group(page)
    assert group.name == "Verwaltung Lampertheim"

    staff = staff_user(group, "lampertheim-staff")
    client.force_login(staff)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    other = MunicipalityPage.objects.get(slug="bensheim")
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 403

    onboarding = onboard_club(
        name="Kanuclub Lampertheim",
        municipality=Municipality.objects.get(slug="lampertheim"),
        contact_name="Max Paddel",
        email="kanu@verein.example",
        short_description="Paddeln am Altrhein.",
        active=True,
    )
    club = onboarding.club
    assert club.get_workflow().name == "Freigabe Lampertheim"
    submit_for_approval(club, onboarding.user)
    club.refresh_from_db()
    task = club.current_workflow_task
    assert "approve" in [name for name, _label, _modal in task.get_actions(club, staff)]


def test_running_the_command_twice_changes_nothing(home_page):
    call_command("onboard_municipality", "lampertheim")
    call_command("onboard_municipality", "lampertheim")
    assert MunicipalityPage.objects.filter(slug="lampertheim").count() == 1


def test_onboarding_a_new_town_on_its_own_host(client, settings, home_page):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "ehrenamt.neustadt.example"]
    call_command(
        "onboard_municipality",
        "neustadt",
        "--name=Neustadt an der Probe",
        "--postcode=12345",
        "--lat=49.5",
        "--lon=8.5",
        "--district=kreis-bergstrasse",
        "--hostname=ehrenamt.neustadt.example",
        "--contact-email=ehrenamt@neustadt.example",
        "--impressum-url=https://www.neustadt.example/impressum",
        "--colour=#5a2d82",
    )
    town = Municipality.objects.for_postcode("12345")
    assert town.name == "Neustadt an der Probe"
    site = Site.objects.get(hostname="ehrenamt.neustadt.example")
    assert PortalSettings.for_site(site).name == "Ehrenamt Neustadt an der Probe"

    response = client.get("/", HTTP_HOST="ehrenamt.neustadt.example")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ehrenamt in Neustadt an der Probe" in html
    assert "Ehrenamt Neustadt an der Probe" in html
    assert "mailto:ehrenamt@neustadt.example" in html
    assert 'href="https://www.neustadt.example/impressum"' in html
    assert "--color-primary: #5a2d82" in html
    # The main portal keeps its own name and home page.
    assert "Neustadt" not in client.get("/").content.decode()
    assert client.get("/orte/neustadt/").status_code == 200


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["unbekannt"], "--name"),
        (
            [
                "neu",
                "--name=Neu",
                "--postcode=123",
                "--lat=1",
                "--lon=1",
                "--district=kreis-bergstrasse",
            ],
            "fünfstellige",
        ),
        (
            ["neu", "--name=Neu", "--postcode=12345", "--lat=1", "--lon=1", "--district=atlantis"],
            "atlantis",
        ),
        (["lampertheim", "--hostname=l.example", "--colour=rot"], "#RRGGBB"),
    ],
)
def test_bad_input_gets_a_clear_message(home_page, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("onboard_municipality", *arguments)
    assert not Municipality.objects.filter(slug="neu").exists()
