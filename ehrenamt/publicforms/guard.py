"""Protection of the public forms against bots and floods.

Counters live in Django's cache (local memory on one machine, Redis when several servers share it),
so no table grows with attacks and limits reset by themselves. While the shared cache is
unreachable they live in this process's memory instead: limits then hold per app-server process
rather than switching off.
"""

import hashlib
import secrets
import time

from django import forms
from django.core import signing
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .proxies import trusted_proxy

MINIMUM_FILL_SECONDS = 3
FORM_TIMESTAMP_SALT = "clubs.form-started"
FORM_MAX_AGE = 24 * 3600

# Used while the shared cache says it is `unavailable` (ehrenamt.operations.cache's Redis backend
# does; the other backends never fail). Duck-typed: operations and publicforms are independent.
_process_local = LocMemCache("publicforms-fallback", {"MAX_ENTRIES": 50_000})


def shared_cache_down():
    return bool(getattr(cache, "unavailable", False))


def counter_store():
    """The shared cache, or this process's memory while the shared one is unreachable."""
    return _process_local if shared_cache_down() else cache


def client_ip(request):
    """The visitor's address: X-Forwarded-For counts only when a configured proxy sent it.

    Each proxy appends the address it was contacted from, so the list is read from the right and
    the first address that is not one of TRUSTED_PROXIES is the visitor; entries further left
    may be forged by the client. A request that did not come from a trusted proxy (gunicorn
    reached directly) is counted by its own address, whatever header it carries.
    """
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    if not trusted_proxy(address):
        return address
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed([entry.strip() for entry in forwarded if entry.strip()]):
        address = hop
        if not trusted_proxy(hop):
            break
    return address


class RateLimit:
    """At most `limit` events per `window` seconds for one key (an IP address, an e-mail)."""

    def __init__(self, name, limit, window):
        self.name, self.limit, self.window = name, limit, window

    def cache_key(self, key):
        return f"ratelimit:{self.name}:{str(key).strip().lower()}"

    def count(self, key):
        value = cache.get(self.cache_key(key), 0)
        # Asked after the read: a failed read is what marks the shared cache unavailable.
        return _process_local.get(self.cache_key(key), 0) if shared_cache_down() else value

    def exceeded(self, key):
        return self.count(key) >= self.limit

    def _increment(self, store, cache_key):
        if not store.add(cache_key, 1, self.window):
            try:
                store.incr(cache_key)
            except ValueError:
                store.set(cache_key, 1, self.window)

    def hit(self, key):
        cache_key = self.cache_key(key)
        self._increment(cache, cache_key)
        if shared_cache_down():
            self._increment(_process_local, cache_key)

    def reset(self, key):
        cache.delete(self.cache_key(key))
        _process_local.delete(self.cache_key(key))


def new_started_token():
    # The random part makes each shown form unique: it is the form's one-time (idempotency) key.
    return signing.dumps([time.time(), secrets.token_hex(8)], salt=FORM_TIMESTAMP_SALT)


def read_started_token(token):
    """(start time, one-time key) of a signed token; None when forged or older than a day."""
    try:
        payload = signing.loads(token, salt=FORM_TIMESTAMP_SALT, max_age=FORM_MAX_AGE)
    except signing.BadSignature:
        return None
    if isinstance(payload, list) and len(payload) == 2:
        started_at, nonce = payload
    else:
        # Tokens from before the random part: the signed string itself is unique enough.
        started_at, nonce = payload, hashlib.sha256(token.encode()).hexdigest()[:16]
    if not isinstance(started_at, int | float):
        return None
    return started_at, str(nonce)


def _used_key(nonce):
    return f"form-token-used:{nonce}"


def token_used(nonce):
    used = cache.get(_used_key(nonce)) is not None
    if shared_cache_down():
        return _process_local.get(_used_key(nonce)) is not None
    return used


def use_token(nonce):
    """Mark a form's token as spent, for as long as it would otherwise be valid."""
    cache.set(_used_key(nonce), 1, FORM_MAX_AGE)
    if shared_cache_down():
        _process_local.set(_used_key(nonce), 1, FORM_MAX_AGE)


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

    def started(self):
        """(start time, one-time key) from the signed hidden field; None if forged or old."""
        return read_started_token(self.data.get("started", ""))

    def started_at(self):
        started = self.started()
        return started[0] if started else None

    def submission_key(self):
        """The one-time key of the form as shown to this person; None without a valid token."""
        started = self.started()
        return started[1] if started else None

    def started_token(self):
        """The hidden field: the original start while valid and unspent, else a fresh one."""
        if self.is_bound and (key := self.submission_key()) and not token_used(key):
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
        started = self.started()
        if started is None:
            raise ValidationError(
                _(
                    "Das Formular ist abgelaufen. Bitte prüfen Sie Ihre Angaben und senden Sie erneut."
                )
            )
        started_at, key = started
        # Single use: a token copied from one accepted submission cannot carry a bot past the
        # fill time again; the page shows a fresh one.
        if token_used(key):
            raise ValidationError(
                _(
                    "Dieses Formular wurde bereits gesendet. Bitte prüfen Sie Ihre Angaben und "
                    "senden Sie erneut, wenn Sie eine weitere Nachricht schicken möchten."
                )
            )
        if time.time() - started_at < MINIMUM_FILL_SECONDS:
            raise ValidationError(
                _("Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie erneut.")
            )

    def record_submission(self):
        use_token(self.submission_key())
        self.ip_limit.hit(client_ip(self.request))
        self.email_limit.hit(self.cleaned_data[self.email_field])
