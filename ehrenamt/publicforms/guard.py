"""Protection of the public forms against bots and floods.

Counters live in Django's cache (local memory on one machine, Redis when several servers share it),
so no table grows with attacks and limits reset by themselves.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MINIMUM_FILL_SECONDS = 3
FORM_TIMESTAMP_SALT = "clubs.form-started"
FORM_MAX_AGE = 24 * 3600


def client_ip(request):
    """The visitor's address; behind N trusted proxies, the one the outermost proxy saw.

    Each proxy appends the address it was contacted from to X-Forwarded-For, so only the last
    TRUSTED_PROXY_HOPS entries are trustworthy; anything before them may be forged by the client.
    """
    hops = settings.TRUSTED_PROXY_HOPS
    if hops:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "unknown")


class RateLimit:
    """At most `limit` events per `window` seconds for one key (an IP address, an e-mail)."""

    def __init__(self, name, limit, window):
        self.name, self.limit, self.window = name, limit, window

    def cache_key(self, key):
        return f"ratelimit:{self.name}:{str(key).strip().lower()}"

    def count(self, key):
        return cache.get(self.cache_key(key), 0)

    def exceeded(self, key):
        return self.count(key) >= self.limit

    def hit(self, key):
        cache_key = self.cache_key(key)
        if not cache.add(cache_key, 1, self.window):
            try:
                cache.incr(cache_key)
            except ValueError:
                cache.set(cache_key, 1, self.window)

    def reset(self, key):
        cache.delete(self.cache_key(key))


def new_started_token():
    return signing.dumps(time.time(), salt=FORM_TIMESTAMP_SALT)


class GuardedForm(forms.Form):
    """A public form with a honeypot, a minimum fill time and limits per IP and per e-mail.

    Subclasses set `ip_limit` and `email_limit` and call `record_submission()` once the submission
    has been accepted, so that rejected attempts never count against a real person.
    """

    ip_limit: RateLimit
    email_limit: RateLimit
    email_field = "email"

    homepage = forms.CharField(
        label=_("Bitte dieses Feld leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def started_at(self):
        """When the person opened the form, from the signed hidden field; None if forged or old."""
        try:
            return signing.loads(
                self.data.get("started", ""), salt=FORM_TIMESTAMP_SALT, max_age=FORM_MAX_AGE
            )
        except signing.BadSignature:
            return None

    def started_token(self):
        """The value of the hidden field: the original start when still valid, else now."""
        if self.is_bound and self.started_at() is not None:
            return self.data["started"]
        return new_started_token()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("homepage"):
            raise ValidationError(_("Ihre Angaben konnten nicht gesendet werden."))
        self.check_fill_time()
        if self.ip_limit.exceeded(client_ip(self.request)) or self.email_limit.exceeded(
            cleaned.get(self.email_field, "")
        ):
            raise ValidationError(
                _(
                    "Sie haben in kurzer Zeit sehr viele Formulare gesendet. "
                    "Bitte versuchen Sie es in einer Stunde noch einmal."
                )
            )
        return cleaned

    def check_fill_time(self):
        started_at = self.started_at()
        if started_at is None:
            raise ValidationError(
                _(
                    "Das Formular ist abgelaufen. Bitte prüfen Sie Ihre Angaben und senden Sie erneut."
                )
            )
        if time.time() - started_at < MINIMUM_FILL_SECONDS:
            raise ValidationError(
                _("Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie erneut.")
            )

    def record_submission(self):
        self.ip_limit.hit(client_ip(self.request))
        self.email_limit.hit(self.cleaned_data[self.email_field])
