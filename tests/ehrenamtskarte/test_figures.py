"""Statistics of the card: applications per month and days to decision, without any name."""

import datetime

import pytest
from django.utils import timezone

from ehrenamt.ehrenamtskarte.models import CardApplication
from tests.ehrenamtskarte.helpers import make_application

pytestmark = pytest.mark.django_db
State = CardApplication.State


def test_figures_count_per_month_and_show_days_to_decision(client, home_page, admin_user):
    decided = make_application(State.APPROVED, last_name="Entschieden")
    decided.decided_at = decided.created_at + datetime.timedelta(days=12)
    decided.save()
    make_application(State.CLUBS, last_name="Offen")
    client.force_login(admin_user)
    html = client.get("/admin/statistik/").content.decode()
    table = html.split('id="statistics-ehrenamtskarte"')[1].split("</table>")[0]
    month = timezone.localtime(decided.created_at).strftime("%m.%Y")
    assert f'<th scope="row">{month}</th><td>2</td><td>1</td><td>12,0</td>' in table
    assert "Entschieden" not in table.replace('<th scope="col">Entschieden</th>', "")
    assert "Offen" not in table
    assert "Fröhlich" not in table
