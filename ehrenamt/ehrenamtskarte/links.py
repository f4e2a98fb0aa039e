"""Signed links in e-mails: the applicant's address check, the organisations' answer, re-applying.

A link carries only a signed id, so it cannot be guessed or altered; each has its own salt, so one
kind cannot stand in for another, and a maximum age. Whether a link was used already is decided by
the state it would change (see views.py), so a second click changes nothing.
"""

from django.core import signing
from django.urls import reverse

from ehrenamt.operations.mail import absolute_url

from .models import CardApplication, Engagement

EMAIL_SALT = "ehrenamtskarte.confirm-email"
EMAIL_MAX_AGE = 7 * 24 * 3600
ORGANISATION_SALT = "ehrenamtskarte.organisation"
ORGANISATION_MAX_AGE = 30 * 24 * 3600
REAPPLY_SALT = "ehrenamtskarte.reapply"
REAPPLY_MAX_AGE = 180 * 24 * 3600


def _load(token, salt, max_age):
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None


def email_token(application):
    return signing.dumps(application.pk, salt=EMAIL_SALT)


def application_for_email_token(token):
    pk = _load(token, EMAIL_SALT, EMAIL_MAX_AGE)
    return CardApplication.objects.filter(pk=pk).first() if pk else None


def email_confirmation_url(application):
    return absolute_url(reverse("ehrenamtskarte:confirm_email", args=[email_token(application)]))


def organisation_token(engagement):
    return signing.dumps(engagement.pk, salt=ORGANISATION_SALT)


def engagement_for_token(token):
    pk = _load(token, ORGANISATION_SALT, ORGANISATION_MAX_AGE)
    if pk is None:
        return None
    return Engagement.objects.select_related("application").filter(pk=pk).first()


def organisation_path(engagement):
    return reverse("ehrenamtskarte:organisation", args=[organisation_token(engagement)])


def organisation_url(engagement):
    return absolute_url(organisation_path(engagement))


def reapply_token(application):
    return signing.dumps(application.pk, salt=REAPPLY_SALT)


def application_for_reapply_token(token):
    pk = _load(token, REAPPLY_SALT, REAPPLY_MAX_AGE)
    return CardApplication.objects.filter(pk=pk).first() if pk else None


def reapply_url(application):
    return absolute_url(reverse("ehrenamtskarte:apply") + f"?erneut={reapply_token(application)}")
