"""Fields that several public forms ask for, with the same German messages."""

from django import forms
from django.utils.translation import gettext_lazy as _

EMAIL_REQUIRED = _("Bitte geben Sie Ihre E-Mail-Adresse an.")
EMAIL_INVALID = _("Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org.")


class VisitorEmailField(forms.EmailField):
    """The visitor's own e-mail address, which the browser may fill in."""

    def __init__(self, *, required_message=EMAIL_REQUIRED, **kwargs):
        kwargs.setdefault("widget", forms.EmailInput(attrs={"autocomplete": "email"}))
        kwargs["error_messages"] = {"required": required_message, "invalid": EMAIL_INVALID}
        super().__init__(**kwargs)
