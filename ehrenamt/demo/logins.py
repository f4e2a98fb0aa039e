"""Demo logins: for each staff group of a place, one member and one club of that place with its login.

So a newcomer can try each role: approve as city staff, edit a club page as the club. The passwords
are kept in the local logins file (development only) and printed on every run.
"""

from django.contrib.auth.models import Group

from ehrenamt.clubs.models import ClubPage
from ehrenamt.clubs.onboarding import (
    assign_approval_workflow,
    create_club_collection,
    create_club_group,
    create_user,
)
from ehrenamt.regions.models import Municipality

from .local_logins import ensure_login
from .plan import german_slug

STAFF_PREFIX = "Verwaltung "
DEMO_DOMAIN = "demo.example"


def demo_logins():
    """[(role, group or club name, username, password)] for every staff group there is."""
    logins = []
    for group in Group.objects.filter(name__startswith=STAFF_PREFIX).order_by("name"):
        place = group.name.removeprefix(STAFF_PREFIX)
        logins.append(("Verwaltung", group.name, *staff_login(group, place)))
        club = demo_club(place)
        if club is not None:
            logins.append(("Verein", club.title, *club_login(club, place)))
    return logins


def username(role, place):
    return f"{role}-{german_slug(place)}@{DEMO_DOMAIN}"


def staff_login(group, place):
    name = username("verwaltung", place)

    def create(password):
        return create_user(
            email=name, contact_name=f"Verwaltung {place}", password=password, active=True
        )

    user, password, _created = ensure_login(name, create)
    user.groups.add(group)
    return name, password


def demo_club(place):
    """The first demo club of the municipality a staff group approves for."""
    municipality = Municipality.objects.filter(name=place).first()
    if municipality is None:
        return None
    return ClubPage.objects.live().filter(municipality=municipality).order_by("path").first()


def club_login(club, place):
    name = username("verein", place)

    def create(password):
        user = create_user(
            email=name, contact_name=club.contact_name or club.title, password=password, active=True
        )
        # What onboard_club gives a registered club: its group, pictures and approval workflow.
        group = create_club_group(club)
        user.groups.add(group)
        create_club_collection(club, group)
        assign_approval_workflow(club)
        return user

    _user, password, _created = ensure_login(name, create)
    return name, password
