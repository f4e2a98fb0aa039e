"""The search parameters: an allow-list of fields, each validated, with German messages."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ehrenamt.opportunities.accessibility import ACCESSIBILITY_CODES
from ehrenamt.opportunities.models import Commitment
from ehrenamt.opportunities.schedule import DAYTIMES, WEEKDAYS
from ehrenamt.regions.models import POSTCODE_PATTERN, District, Municipality, State
from ehrenamt.regions.places import closest_places, find_place
from ehrenamt.taxonomy.models import Activity, Category, TargetGroup

from .query import (
    DEFAULT_PAGE_SIZE,
    DEFAULT_RADIUS_KM,
    MAX_PAGE_SIZE,
    MAX_RADIUS_KM,
    OpportunityQuery,
    Place,
    Sort,
)

SLUG_PATTERN = re.compile(r"^[-a-z0-9_]{1,100}$")
MAX_TEXT_LENGTH = 200
# Deeper pages are not useful to a person and cost every engine dearly.
MAX_RESULT_WINDOW = 10_000

SORT_CHOICES = [
    (Sort.RELEVANCE, _("Relevanz")),
    (Sort.NEWEST, _("Neueste zuerst")),
    (Sort.DISTANCE, _("Entfernung")),
    (Sort.DEADLINE, _("Bald endend")),
]
RADIUS_CHOICES = [5, 10, 25, 50, 100]
ACCESSIBILITY_CHOICES = [
    ("step_free", _("Stufenlos erreichbar")),
    ("accessible_wc", _("Barrierefreies WC")),
    ("sign_language", _("Gebärdensprache")),
    ("easy_language", _("Leichte Sprache")),
]
MAX_AGE = 120


def _check_slug_shape(values, message):
    """Reject garbage before it reaches the database (and NUL bytes PostgreSQL would refuse)."""
    bad = [value for value in values if not SLUG_PATTERN.match(value)]
    if bad:
        raise ValidationError(message, code="invalid_choice", params={"value": bad[0]})


class SlugMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Repeatable parameter of slugs; unknown slugs are an error, not silently dropped."""

    def __init__(self, queryset, message, **kwargs):
        super().__init__(
            queryset,
            to_field_name="slug",
            required=False,
            error_messages={"invalid_choice": message, "invalid_list": message},
            **kwargs,
        )

    def clean(self, value):
        _check_slug_shape(value or [], self.error_messages["invalid_choice"])
        return super().clean(value)


class SlugChoiceField(forms.ModelChoiceField):
    def __init__(self, queryset, message, **kwargs):
        super().__init__(
            queryset,
            to_field_name="slug",
            required=False,
            error_messages={"invalid_choice": message},
            **kwargs,
        )

    def clean(self, value):
        if value:
            _check_slug_shape([value], self.error_messages["invalid_choice"])
        return super().clean(value)


def _number_messages(message):
    return dict.fromkeys(("invalid", "min_value", "max_value", "required"), message)


def _multiple_choice(label, choices, message):
    return forms.MultipleChoiceField(
        label=label,
        required=False,
        choices=choices,
        error_messages={"invalid_choice": message, "invalid_list": message},
    )


def _or_list(names):
    names = [str(name) for name in names]
    return (
        names[0] if len(names) == 1 else ", ".join(names[:-1]) + " " + _("oder") + " " + names[-1]
    )


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Suchbegriff"),
        required=False,
        max_length=MAX_TEXT_LENGTH,
        error_messages={
            "max_length": _("Der Suchbegriff ist zu lang (höchstens %(limit_value)d Zeichen)."),
        },
    )
    near = forms.CharField(
        label=_("Postleitzahl oder Ort"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Bitte eine Postleitzahl oder einen Ort angeben.")},
    )
    radius = forms.IntegerField(
        label=_("Umkreis in km"),
        required=False,
        min_value=1,
        max_value=MAX_RADIUS_KM,
        error_messages=_number_messages(
            _("Der Umkreis muss eine ganze Zahl von 1 bis %(max)d km sein.")
            % {"max": MAX_RADIUS_KM}
        ),
    )
    municipality = SlugMultipleChoiceField(
        Municipality.objects.select_related("district__state"),
        _("Diesen Ort kennen wir nicht."),
        label=_("Ort"),
    )
    district = SlugChoiceField(
        District.objects.all(), _("Diesen Kreis kennen wir nicht."), label=_("Kreis")
    )
    state = SlugMultipleChoiceField(
        State.objects.all(),
        _("Bitte he, bw oder rp als Bundesland angeben."),
        label=_("Bundesland"),
    )
    category = SlugMultipleChoiceField(
        Category.objects.all(),
        _("Diesen Engagementbereich kennen wir nicht."),
        label=_("Engagementbereich"),
    )
    target_group = SlugMultipleChoiceField(
        TargetGroup.objects.all(), _("Diese Zielgruppe kennen wir nicht."), label=_("Zielgruppe")
    )
    activity = SlugMultipleChoiceField(
        Activity.objects.all(), _("Diese Tätigkeit kennen wir nicht."), label=_("Tätigkeit")
    )
    commitment = forms.ChoiceField(
        label=_("Zeitlicher Rahmen"),
        required=False,
        choices=[("", _("egal")), *Commitment.choices],
        error_messages={"invalid_choice": _("Bitte one_off, regular oder flexible angeben.")},
    )
    remote = forms.ChoiceField(
        label=_("Auch von zu Hause möglich"),
        required=False,
        choices=[("", _("egal")), ("1", _("ja"))],
        error_messages={"invalid_choice": _("Bitte 1 angeben oder weglassen.")},
    )
    accessibility = _multiple_choice(
        _("Barrierefreiheit"),
        ACCESSIBILITY_CHOICES,
        _("Bitte step_free, accessible_wc, sign_language oder easy_language angeben."),
    )
    age = forms.IntegerField(
        label=_("Ihr Alter"),
        required=False,
        min_value=0,
        max_value=MAX_AGE,
        error_messages=_number_messages(
            _("Das Alter muss eine ganze Zahl von 0 bis %(max)d sein.") % {"max": MAX_AGE}
        ),
    )
    weekday = _multiple_choice(
        _("Wochentag"), WEEKDAYS, _("Bitte mon, tue, wed, thu, fri, sat oder sun angeben.")
    )
    daytime = _multiple_choice(
        _("Tageszeit"), DAYTIMES, _("Bitte morning, afternoon oder evening angeben.")
    )
    sort = forms.ChoiceField(
        label=_("Sortierung"),
        required=False,
        choices=SORT_CHOICES,
        error_messages={
            "invalid_choice": _("Bitte relevance, newest, distance oder deadline angeben.")
        },
    )
    page = forms.IntegerField(
        required=False,
        min_value=1,
        error_messages=_number_messages(_("Die Seite muss eine ganze Zahl ab 1 sein.")),
    )
    page_size = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        error_messages=_number_messages(
            _("Die Seitengröße muss eine ganze Zahl von 1 bis %(max)d sein.")
            % {"max": MAX_PAGE_SIZE}
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Other places a typed name fits, and places like a name that fits none (views show them).
        self.other_places = []
        self.place_suggestions = []

    def clean_near(self):
        near = self.cleaned_data["near"]
        if not near:
            return None
        message = _("Bitte eine fünfstellige Postleitzahl aus der Region oder einen Ort angeben.")
        match = find_place(near)
        place = match.municipality
        if place is None:
            if not POSTCODE_PATTERN.match(near):
                self.place_suggestions = closest_places(near)
            if self.place_suggestions:
                names = _or_list(suggestion.name for suggestion in self.place_suggestions)
                message = _("Diesen Ort kennen wir nicht. Meinten Sie %(names)s?") % {
                    "names": names
                }
            raise ValidationError(message, code="unknown")
        self.other_places = match.others
        label = f"{near} {place.name}" if POSTCODE_PATTERN.match(near) else place.name
        return Place(latitude=place.latitude, longitude=place.longitude, label=label)

    def clean(self):
        cleaned = super().clean()
        page = cleaned.get("page") or 1
        page_size = cleaned.get("page_size") or DEFAULT_PAGE_SIZE
        if "page" not in self.errors and page * page_size > MAX_RESULT_WINDOW:
            self.add_error(
                "page",
                _("So weit blättern geht nicht. Bitte grenzen Sie die Suche weiter ein."),
            )
        return cleaned

    def to_query(self):
        data = self.cleaned_data
        return OpportunityQuery(
            text=data["q"],
            municipalities=_slugs(data["municipality"]),
            district=data["district"].slug if data["district"] else "",
            states=_slugs(data["state"]),
            categories=_slugs(data["category"]),
            target_groups=_slugs(data["target_group"]),
            activities=_slugs(data["activity"]),
            commitment=data["commitment"],
            remote=data["remote"] == "1",
            near=data["near"],
            radius_km=data["radius"] or DEFAULT_RADIUS_KM,
            accessibility=tuple(
                code for code in ACCESSIBILITY_CODES if code in data["accessibility"]
            ),
            age=data["age"],
            weekdays=tuple(sorted(set(data["weekday"]))),
            daytimes=tuple(sorted(set(data["daytime"]))),
            sort=data["sort"] or Sort.RELEVANCE,
            page=data["page"] or 1,
            page_size=data["page_size"] or DEFAULT_PAGE_SIZE,
        )


def _slugs(objects):
    return tuple(sorted(obj.slug for obj in objects))
