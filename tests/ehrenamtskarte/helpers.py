"""Helpers for the Ehrenamts-Card tests: a filled-in form and applications in a given state."""

import datetime
import re

from django.core import mail
from django.utils import timezone

from ehrenamt.ehrenamtskarte import workflow
from ehrenamt.ehrenamtskarte.models import CardApplication, Engagement, IssuingAuthority
from ehrenamt.regions.models import Municipality
from tests.clubs.helpers import started


def form_data(**overrides):
    data = {
        "first_name": "Jana",
        "last_name": "Fröhlich",
        "birth_date": "24.05.1980",
        "street_address": "Rodensteinstraße 7",
        "postcode": "64625",
        "email": "jana@example.org",
        "consent": "on",
        "started": started(),
        "homepage": "",
        "engagement-TOTAL_FORMS": "1",
        "engagement-INITIAL_FORMS": "0",
        "engagement-MIN_NUM_FORMS": "1",
        "engagement-MAX_NUM_FORMS": "5",
        "engagement-0-club": "",
        "engagement-0-organisation": "Tafel Bensheim",
        "engagement-0-contact_email": "tafel@example.org",
        "engagement-0-activity": "Lebensmittel ausgeben",
        "engagement-0-since": "03.2019",
        "engagement-0-hours_per_week": "6",
    }
    data.update(overrides)
    return data


def links_to(message, fragment):
    return [link for link in re.findall(r"https?://\S+", message.body) if fragment in link]


def path_of(url):
    return url.replace("http://testserver", "")


def authority(slug="kreis-bergstrasse"):
    return IssuingAuthority.objects.get(district__slug=slug)


def make_application(
    state=CardApplication.State.CLUBS, slug="bensheim", email="jana@example.org", hours=6, **fields
):
    """An application in `state`, built through the workflow's own steps (mails cleared)."""
    place = Municipality.objects.get(slug=slug)
    application = CardApplication(
        authority=IssuingAuthority.objects.get(district=place.district),
        municipality=place,
        first_name=fields.pop("first_name", "Jana"),
        last_name=fields.pop("last_name", "Fröhlich"),
        birth_date=datetime.date(1980, 5, 24),
        street_address="Rodensteinstraße 7",
        postcode=place.postcodes.first().code,
        email=email,
    )
    engagement = Engagement(
        organisation="Tafel Bensheim",
        contact_email="tafel@example.org",
        activity="Lebensmittel ausgeben",
        since=datetime.date(2019, 3, 1),
        hours_per_week=hours,
    )
    workflow.submit(application, [engagement])
    State = CardApplication.State
    order = [State.EMAIL, State.CLUBS, State.READY, State.APPROVED, State.ISSUED, State.EXPIRED]
    target = order.index(state) if state in order else order.index(State.READY)
    if target >= 1:
        workflow.confirm_email(application)
        application.refresh_from_db()
    if target >= 2:
        workflow.answer(engagement, Engagement.Answer.CONFIRMED)
        application.refresh_from_db()
    if state == State.REFUSED:
        workflow.decide(application, approve=False, reason="Zu wenige Stunden.", user=None)
    if target >= 3:
        workflow.decide(application, approve=True, reason="Alles erfüllt.", user=None)
    if target >= 4:
        workflow.issue(
            application,
            card_number="KB-2026-0001",
            valid_until=timezone.localdate() + datetime.timedelta(days=700),
        )
    if target >= 5:
        workflow.expire(application)
    for name, value in fields.items():
        setattr(application, name, value)
    application.save()
    mail.outbox.clear()
    return application
