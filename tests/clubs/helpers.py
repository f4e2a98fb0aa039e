"""Helpers shared by the tests of the clubs' side (registration, inquiries, freshness)."""

import re
import time

from django.core import signing

from ehrenamt.clubs.onboarding import onboard_club, staff_group
from ehrenamt.publicforms.guard import FORM_TIMESTAMP_SALT
from tests.factories import municipality

PASSWORD = "Vereinsheim-2024!"


def started(seconds_ago=30):
    """The hidden start time of a form a person opened `seconds_ago`."""
    return signing.dumps(time.time() - seconds_ago, salt=FORM_TIMESTAMP_SALT)


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def club(name="Turnverein Bensheim", slug="bensheim", email=None, active=True):
    """A fully onboarded club with an active account that can log in with PASSWORD."""
    email = email or re.sub(r"\W", "", name.lower()) + "@verein.example"
    return onboard_club(
        name=name,
        municipality=municipality(slug),
        contact_name="Erika Mustermann",
        email=email,
        password=PASSWORD,
        short_description="Sport für alle Generationen.",
        active=active,
    )


def staff_user(django_user_model, slug="bensheim", username="amt"):
    """A member of the city staff who approve clubs of the municipality `slug`."""
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@stadt.example", password=PASSWORD
    )
    user.groups.add(staff_group(municipality(slug)))
    return user
