"""The application form with its engagements, the organisations' answer and the staff's decisions."""

import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ehrenamt.clubs.models import ClubPage
from ehrenamt.publicforms.fields import VisitorEmailField
from ehrenamt.publicforms.guard import GuardedForm, RateLimit
from ehrenamt.regions.models import POSTCODE_PATTERN

from .area import area_for_postcode
from .models import Engagement
from .rules import age_on

mark_safe_lazy = lazy(mark_safe, str)
MONTH_FORMATS = ["%Y-%m", "%m.%Y", "%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]
DATE_FORMATS = ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"]
MAX_ENGAGEMENTS = 5
OLDEST_AGE = 120


class ApplicationForm(GuardedForm):
    ip_limit = RateLimit("card-application-ip", 5, 3600)
    email_limit = RateLimit("card-application-email", 3, 3600)

    first_name = forms.CharField(
        label=_("Vorname"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={"required": _("Bitte geben Sie Ihren Vornamen an.")},
    )
    last_name = forms.CharField(
        label=_("Nachname"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        error_messages={"required": _("Bitte geben Sie Ihren Nachnamen an.")},
    )
    birth_date = forms.DateField(
        label=_("Geburtsdatum"),
        help_text=_("z. B. 24.05.1980"),
        input_formats=DATE_FORMATS,
        widget=forms.TextInput(attrs={"autocomplete": "bday", "inputmode": "numeric"}),
        error_messages={
            "required": _("Bitte geben Sie Ihr Geburtsdatum an."),
            "invalid": _("Bitte geben Sie das Geburtsdatum so ein: TT.MM.JJJJ, z. B. 24.05.1980."),
        },
    )
    street_address = forms.CharField(
        label=_("Straße und Hausnummer"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
        error_messages={"required": _("Bitte geben Sie Straße und Hausnummer an.")},
    )
    postcode = forms.CharField(
        label=_("Postleitzahl"),
        max_length=5,
        help_text=_("Ihre Postleitzahl entscheidet, welche Stelle Ihren Antrag bearbeitet."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
        error_messages={
            "required": _("Bitte geben Sie Ihre Postleitzahl an."),
            "max_length": _("Bitte eine fünfstellige Postleitzahl eingeben, z. B. 64625."),
        },
    )
    email = VisitorEmailField(
        label=_("E-Mail-Adresse"),
        help_text=_("Wir schicken Ihnen einen Link. Erst wenn Sie ihn bestätigen, geht es weiter."),
    )
    consent = forms.BooleanField(
        label=mark_safe_lazy(
            _(
                "Ich bin einverstanden, dass meine Angaben an die genannten Organisationen zur "
                "Bestätigung und an die Ausgabestelle zur Entscheidung gehen. Sie werden nach der "
                'Ablehnung oder dem Ablauf der Karte gelöscht. Mehr in den <a href="/datenschutz/">'
                "Datenschutzhinweisen</a>."
            )
        ),
        error_messages={"required": _("Bitte stimmen Sie zu, damit wir Ihren Antrag bearbeiten.")},
    )

    area = None

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if not POSTCODE_PATTERN.match(postcode):
            raise ValidationError(_("Bitte eine fünfstellige Postleitzahl eingeben, z. B. 64625."))
        area = area_for_postcode(postcode)
        if area.municipality is None:
            raise ValidationError(
                _(
                    "Diese Postleitzahl liegt nicht in unserer Region. Online-Anträge nehmen nur "
                    "die hier genannten Ausgabestellen an."
                )
            )
        if area.authority is None or not area.authority.accepts_online_applications:
            raise ValidationError(
                _(
                    "Für %(place)s nimmt die zuständige Stelle noch keine Online-Anträge an. "
                    "Bitte fragen Sie bei Ihrer Stadt- oder Kreisverwaltung nach."
                )
                % {"place": area.municipality.name}
            )
        self.area = area
        return postcode

    def clean_birth_date(self):
        birth_date = self.cleaned_data["birth_date"]
        age = age_on(birth_date, timezone.localdate())
        if age < 0 or age > OLDEST_AGE:
            raise ValidationError(_("Bitte prüfen Sie Ihr Geburtsdatum."))
        return birth_date

    def clean(self):
        cleaned = super().clean()
        birth_date = cleaned.get("birth_date")
        if self.area is not None and birth_date is not None:
            minimum = self.area.authority.minimum_age
            if age_on(birth_date, timezone.localdate()) < minimum:
                self.add_error(
                    "birth_date",
                    _(
                        "Die Ehrenamts-Card gibt es bei %(authority)s ab %(age)d Jahren. "
                        "Sie können den Antrag stellen, sobald Sie %(age)d sind."
                    )
                    % {"authority": self.area.authority.name, "age": minimum},
                )
        return cleaned


class ClubChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, club):
        return f"{club.title} ({club.municipality.name})"


class MonthField(forms.DateField):
    """Since when: a month is enough (e.g. 03.2019); a full date works too."""

    input_formats = MONTH_FORMATS


class EngagementForm(forms.Form):
    club = ClubChoiceField(
        label=_("Verein aus dem Portal"),
        queryset=ClubPage.objects.none(),
        required=False,
        empty_label=_("Mein Verein ist nicht dabei"),
        help_text=_(
            "Steht Ihr Verein nicht in der Liste? Dann füllen Sie die zwei Felder danach aus."
        ),
    )
    organisation = forms.CharField(
        label=_("Anderer Verein oder andere Organisation"), max_length=200, required=False
    )
    contact_email = forms.EmailField(
        label=_("E-Mail-Adresse dieser Organisation"),
        required=False,
        help_text=_("Die Organisation bestätigt Ihre Angaben über einen Link in einer E-Mail."),
        error_messages={
            "invalid": _(
                "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. vorstand@verein.de."
            )
        },
    )
    activity = forms.CharField(
        label=_("Ihre Tätigkeit"),
        max_length=200,
        help_text=_("z. B. Jugendtrainerin, Vorstand, Besuchsdienst"),
        error_messages={"required": _("Bitte beschreiben Sie kurz Ihre Tätigkeit.")},
    )
    since = MonthField(
        label=_("Seit wann?"),
        help_text=_("Monat und Jahr, z. B. 03.2019"),
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Bitte geben Sie an, seit wann Sie sich engagieren."),
            "invalid": _("Bitte geben Sie Monat und Jahr so ein: MM.JJJJ, z. B. 03.2019."),
        },
    )
    hours_per_week = forms.DecimalField(
        label=_("Stunden pro Woche"),
        help_text=_("Im Durchschnitt, z. B. 5 oder 2,5"),
        min_value=Decimal("0.5"),
        max_value=Decimal(80),
        max_digits=3,
        decimal_places=1,
        localize=True,
        error_messages={
            "required": _("Bitte geben Sie an, wie viele Stunden pro Woche Sie sich engagieren."),
            "invalid": _("Bitte geben Sie eine Zahl ein, z. B. 5 oder 2,5."),
            "min_value": _("Bitte geben Sie mindestens eine halbe Stunde an."),
            "max_value": _("Mehr als 80 Stunden pro Woche sind kein Ehrenamt mehr."),
            "max_digits": _("Bitte geben Sie eine Zahl ein, z. B. 5 oder 2,5."),
            "max_decimal_places": _("Bitte höchstens eine Stelle nach dem Komma, z. B. 2,5."),
        },
    )

    def __init__(self, *args, clubs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["club"].queryset = clubs if clubs is not None else ClubPage.objects.none()

    def clean_since(self):
        since = self.cleaned_data["since"]
        if since > timezone.localdate():
            raise ValidationError(_("Dieses Datum liegt in der Zukunft."))
        if since < datetime.date(1900, 1, 1):
            raise ValidationError(_("Bitte prüfen Sie das Jahr."))
        return since

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("club") is None:
            if not cleaned.get("organisation"):
                self.add_error(
                    "organisation",
                    _(
                        "Bitte wählen Sie einen Verein aus der Liste oder nennen Sie die Organisation."
                    ),
                )
            if not cleaned.get("contact_email") and "contact_email" not in self.errors:
                self.add_error(
                    "contact_email",
                    _("Bitte nennen Sie die E-Mail-Adresse, an die die Bestätigung gehen soll."),
                )
        return cleaned

    def engagement(self):
        data = self.cleaned_data
        club = data.get("club")
        return Engagement(
            club=club,
            organisation=club.title if club else data["organisation"],
            contact_email=club.contact_email if club else data["contact_email"],
            activity=data["activity"],
            since=data["since"],
            hours_per_week=data["hours_per_week"],
        )


class BaseEngagementFormSet(forms.BaseFormSet):
    def __init__(self, *args, clubs=None, **kwargs):
        self.clubs = clubs
        super().__init__(*args, **kwargs)
        if not self.is_bound and self.initial:
            self.extra = max(len(self.initial) - self.min_num, 0)

    def initial_form_count(self):
        """Every row is new: an empty row the person added may stay empty."""
        return 0

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "clubs": self.clubs}

    def engagements(self):
        return [form.engagement() for form in self.forms if form.has_changed()]


EngagementFormSet = forms.formset_factory(
    EngagementForm,
    formset=BaseEngagementFormSet,
    extra=0,
    min_num=1,
    validate_min=True,
    max_num=MAX_ENGAGEMENTS,
    validate_max=True,
    absolute_max=MAX_ENGAGEMENTS,
)


class OrganisationAnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Ihre Antwort"),
        choices=[
            (Engagement.Answer.CONFIRMED, _("Die Angaben stimmen.")),
            (Engagement.Answer.CORRECTED, _("Die Person engagiert sich bei uns, aber anders:")),
            (Engagement.Answer.DECLINED, _("Das können wir nicht bestätigen.")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie eine Antwort.")},
    )
    hours_per_week = forms.DecimalField(
        label=_("Tatsächliche Stunden pro Woche"),
        required=False,
        min_value=Decimal(0),
        max_value=Decimal(80),
        max_digits=3,
        decimal_places=1,
        localize=True,
        help_text=_("Nur bei einer Korrektur, z. B. 4 oder 2,5"),
        error_messages={"invalid": _("Bitte geben Sie eine Zahl ein, z. B. 5 oder 2,5.")},
    )
    since = MonthField(
        label=_("Tatsächlich seit"),
        required=False,
        help_text=_("Nur bei einer Korrektur: Monat und Jahr, z. B. 03.2019"),
        error_messages={
            "invalid": _("Bitte geben Sie Monat und Jahr so ein: MM.JJJJ, z. B. 03.2019.")
        },
    )
    note = forms.CharField(
        label=_("Anmerkung für die Ausgabestelle"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        cleaned = super().clean()
        corrected = cleaned.get("answer") == Engagement.Answer.CORRECTED
        if corrected and cleaned.get("hours_per_week") is None and not cleaned.get("since"):
            self.add_error(
                "hours_per_week",
                _("Bitte nennen Sie die richtigen Stunden pro Woche oder den richtigen Beginn."),
            )
        return cleaned


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Entscheidung"),
        choices=[("approve", _("Bewilligen")), ("refuse", _("Ablehnen"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Begründung"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Die antragstellende Person erhält diesen Text per E-Mail."),
        error_messages={"required": _("Bitte begründen Sie die Entscheidung.")},
    )


class IssueForm(forms.Form):
    card_number = forms.CharField(label=_("Kartennummer"), max_length=40)
    valid_until = forms.DateField(
        label=_("Gültig bis"),
        input_formats=DATE_FORMATS,
        error_messages={"invalid": _("Bitte das Datum so eingeben: TT.MM.JJJJ.")},
    )

    def clean_valid_until(self):
        valid_until = self.cleaned_data["valid_until"]
        if valid_until <= timezone.localdate():
            raise ValidationError(_("Das Datum muss in der Zukunft liegen."))
        return valid_until
