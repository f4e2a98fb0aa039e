"""The "Ich möchte mitmachen" form on every opportunity page."""

from django import forms
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ehrenamt.publicforms.guard import GuardedForm, RateLimit

from .models import Inquiry

# The consent label holds a fixed link to the privacy page, translated per request.
mark_safe_lazy = lazy(mark_safe, str)


class InquiryForm(GuardedForm, forms.ModelForm):
    ip_limit = RateLimit("inquiry-ip", 5, 3600)
    email_limit = RateLimit("inquiry-email", 3, 3600)

    consent = forms.BooleanField(
        label=mark_safe_lazy(
            _(
                "Ich bin einverstanden, dass meine Angaben an den Verein weitergegeben und nach "
                '180 Tagen gelöscht werden. Mehr in den <a href="/datenschutz/">Datenschutzhinweisen</a>.'
            )
        ),
        error_messages={
            "required": _("Bitte stimmen Sie zu, damit wir Ihre Nachricht weitergeben dürfen.")
        },
    )

    class Meta:
        model = Inquiry
        fields = ["name", "email", "phone", "availability", "message"]
        labels = {"name": _("Ihr Name"), "email": _("Ihre E-Mail-Adresse")}
        help_texts = {
            "phone": _("Falls der Verein Sie lieber anrufen soll."),
            "availability": _("z. B. werktags ab 17 Uhr, am Wochenende"),
            "message": _("Stellen Sie sich kurz vor: Was interessiert Sie an dieser Aufgabe?"),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {
            "name": {"required": _("Bitte geben Sie Ihren Namen an.")},
            "email": {
                "required": _(
                    "Bitte geben Sie Ihre E-Mail-Adresse an, damit der Verein antworten kann."
                ),
                "invalid": _(
                    "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org."
                ),
            },
            "message": {
                "required": _("Bitte schreiben Sie dem Verein ein paar Worte."),
                "max_length": _("Bitte fassen Sie sich kürzer: höchstens %(limit_value)d Zeichen."),
            },
        }
