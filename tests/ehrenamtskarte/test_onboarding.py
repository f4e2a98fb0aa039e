"""Another authority runs the card by configuration: onboard_municipality sets its rules and group."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ehrenamt.ehrenamtskarte.models import CardApplication
from tests.ehrenamtskarte.helpers import authority, form_data

pytestmark = pytest.mark.django_db


def test_worms_starts_taking_applications_by_one_command(client, home_page):
    worms = authority("worms")
    assert not worms.accepts_online_applications
    response = client.post("/ehrenamtskarte/antrag/", form_data(postcode="67547"))
    assert "Für Worms nimmt die zuständige Stelle" in response.content.decode()

    out = StringIO()
    call_command(
        "onboard_municipality",
        "worms",
        "--ehrenamtskarte",
        "--card-hours-week=5",
        "--card-hours-year=250",
        "--card-email=ehrenamt@worms.example",
        stdout=out,
    )
    assert "Gruppe „Ehrenamts-Card Stadt Worms“" in out.getvalue()
    worms.refresh_from_db()
    assert worms.accepts_online_applications
    assert worms.staff_group.permissions.filter(codename="view_cardapplication").exists()
    client.post("/ehrenamtskarte/antrag/", form_data(postcode="67547"))
    assert CardApplication.objects.get().authority == worms


def test_online_applications_need_an_hours_rule():
    with pytest.raises(CommandError, match="Stunden pro Woche oder pro Jahr"):
        call_command("onboard_municipality", "mannheim", "--ehrenamtskarte")
