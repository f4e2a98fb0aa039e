"""The admin login, protected against password guessing by the public forms' rate limits."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from .guard import RateLimit, client_ip

LOGIN_FAILURE_LIMIT = 5
LOGIN_LOCK_SECONDS = 15 * 60
login_failures_by_name = RateLimit("login-name", LOGIN_FAILURE_LIMIT, LOGIN_LOCK_SECONDS)
login_failures_by_ip = RateLimit("login-ip", 4 * LOGIN_FAILURE_LIMIT, LOGIN_LOCK_SECONDS)


class ThrottledLoginForm(LoginForm):
    """Wagtail's login form that stops answering after five wrong passwords for a name.

    The lock applies to unknown names too, so the lock itself reveals nothing about accounts.
    """

    error_messages = {
        **LoginForm.error_messages,
        "locked": _(
            "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minuten "
            "oder setzen Sie Ihr Passwort zurück."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username", "")
        ip = client_ip(self.request) if self.request else "unknown"
        if login_failures_by_name.exceeded(username) or login_failures_by_ip.exceeded(ip):
            raise ValidationError(self.error_messages["locked"], code="locked")
        try:
            cleaned = super().clean()
        except ValidationError:
            login_failures_by_name.hit(username)
            login_failures_by_ip.hit(ip)
            raise
        login_failures_by_name.reset(username)
        return cleaned
