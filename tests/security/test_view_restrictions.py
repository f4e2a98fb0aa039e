"""A club page closed to the public closes its listings too, and the breadcrumbs still show.

The restriction check reads the ancestors the breadcrumbs read (operations/ancestry.py); a role
below a restricted club must stay restricted, for a login and for a password.
"""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.factories import ClubPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def role(home_page):
    club = ClubPageFactory(title="Schachclub Heppenheim")
    return OpportunityPageFactory(parent=club, title="Schach für Kinder")


def test_an_open_role_shows_its_club_in_the_breadcrumbs(role):
    response = Client().get(role.url)
    assert response.status_code == 200
    breadcrumbs = response.content.decode().split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert "Schachclub Heppenheim" in breadcrumbs
    assert "Startseite" in breadcrumbs


def test_a_login_restriction_on_the_club_closes_its_roles(role):
    assert Client().get(role.url).status_code == 200
    PageViewRestriction.objects.create(page=role.get_parent(), restriction_type="login")
    response = Client().get(role.url)
    assert response.status_code == 302
    assert "login" in response.headers["Location"]


def test_a_password_on_the_club_asks_for_it_on_its_roles(role):
    PageViewRestriction.objects.create(
        page=role.get_parent(), restriction_type="password", password="geheim"
    )
    response = Client().get(role.url)
    assert response.status_code == 200
    assert "Schach für Kinder" not in response.content.decode()
    assert 'name="password"' in response.content.decode()
