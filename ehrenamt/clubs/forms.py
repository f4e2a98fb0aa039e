"""Forms for clubs joining the portal: public self-registration and onboarding by staff."""

from django import forms
from django.contrib.auth import password_validation
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ehrenamt.publicforms.guard import GuardedForm, RateLimit
from ehrenamt.regions.models import Municipality

# The consent label holds a fixed link to the privacy page, translated per request.
mark_safe_lazy = lazy(mark_safe, str)


class ClubDetailsForm(forms.Form):
    """What every new club tells us, whoever enters it."""

    club_name = forms.CharField(
        label=_("Name des Vereins oder der Initiative"),
        max_length=255,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    municipality = forms.ModelChoiceField(
        label=_("Ort"),
        queryset=Municipality.objects.order_by("name"),
        empty_label=_("Bitte wählen"),
        help_text=_("Wo hat der Verein seinen Sitz? Die Verwaltung dieses Ortes gibt ihn frei."),
        error_messages={"invalid_choice": _("Bitte wählen Sie einen Ort aus der Liste.")},
    )
    contact_name = forms.CharField(
        label=_("Ansprechperson"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        help_text=_("Mit dieser Adresse melden Sie sich an. An sie schicken wir Anfragen."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein.")},
    )
    short_description = forms.CharField(
        label=_("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze: Was macht Ihr Verein? Höchstens 300 Zeichen."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ClubRegistrationForm(ClubDetailsForm, GuardedForm):
    """The public form at /mitmachen/verein-registrieren/."""

    ip_limit = RateLimit("registration-ip", 5, 3600)
    email_limit = RateLimit("registration-email", 3, 3600)

    password = forms.CharField(
        label=_("Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Mindestens 8 Zeichen, nicht nur Ziffern, kein gängiges Passwort."),
    )
    accept_terms = forms.BooleanField(
        label=mark_safe_lazy(
            _(
                'Ich stimme den Nutzungsbedingungen zu und habe die <a href="/datenschutz/">'
                "Datenschutzhinweise</a> gelesen."
            )
        ),
        error_messages={
            "required": _("Bitte stimmen Sie den Nutzungsbedingungen zu, um sich zu registrieren.")
        },
    )

    field_order = [
        "club_name",
        "municipality",
        "short_description",
        "contact_name",
        "email",
        "password",
        "accept_terms",
        "homepage",
    ]

    def clean_password(self):
        password = self.cleaned_data["password"]
        password_validation.validate_password(password)
        return password


class ClubOnboardingForm(ClubDetailsForm):
    """Staff enter a club for it; the club sets its password through "Passwort vergessen"."""
