"""The finder's answers: validated like the search, turned into the search's parameters."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from ehrenamt.opportunities.models import Commitment
from ehrenamt.taxonomy.models import Category, TargetGroup
from search.forms import RADIUS_CHOICES, SearchForm, SlugMultipleChoiceField
from search.query import DEFAULT_RADIUS_KM

from .questions import ACCESSIBILITY, DAYTIMES, TIME_SLOTS, WAYS, WEEKDAYS

COMMITMENT_WORDS = {
    Commitment.ONE_OFF: _("einmal"),
    Commitment.REGULAR: _("regelmäßig"),
    Commitment.FLEXIBLE: _("flexibel, wie es passt"),
}
MAX_AGE = 120


def _one_message(message):
    return {"invalid_choice": message, "invalid_list": message, "invalid": message}


class FinderForm(forms.Form):
    category = SlugMultipleChoiceField(
        Category.objects.all(),
        _("Diesen Engagementbereich kennen wir nicht."),
        label=_("Bereiche"),
        widget=forms.CheckboxSelectMultiple,
    )
    target_group = SlugMultipleChoiceField(
        TargetGroup.objects.all(),
        _("Diese Zielgruppe kennen wir nicht."),
        label=_("Mit wem"),
        widget=forms.CheckboxSelectMultiple,
    )
    way = forms.MultipleChoiceField(
        label=_("Wie"),
        required=False,
        choices=[(key, long) for key, (_short, long, _slugs) in WAYS.items()],
        widget=forms.CheckboxSelectMultiple,
        error_messages=_one_message(_("Bitte hands, head, organising oder people angeben.")),
    )
    time = forms.MultipleChoiceField(
        label=_("Wann"),
        required=False,
        choices=[(slot, slot) for slot in TIME_SLOTS],
        error_messages=_one_message(_("Bitte Zeiten wie sat-morning angeben.")),
    )
    commitment = forms.ChoiceField(
        label=_("Wie oft"),
        required=False,
        choices=[("", _("egal")), *COMMITMENT_WORDS.items()],
        widget=forms.RadioSelect,
        error_messages=_one_message(_("Bitte one_off, regular oder flexible angeben.")),
    )
    near = forms.CharField(
        label=_("Postleitzahl oder Ort"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Bitte eine Postleitzahl oder einen Ort angeben.")},
    )
    radius = forms.TypedChoiceField(
        label=_("Umkreis"),
        required=False,
        coerce=int,
        choices=[(km, _("%(km)d km") % {"km": km}) for km in RADIUS_CHOICES],
        initial=DEFAULT_RADIUS_KM,
        error_messages=_one_message(_("Bitte einen Umkreis aus der Liste wählen.")),
    )
    remote = forms.BooleanField(label=_("Ich möchte von zu Hause aus helfen."), required=False)
    accessibility = forms.MultipleChoiceField(
        label=_("Barrierefreiheit"),
        required=False,
        choices=[(key, label) for key, label, _easy in ACCESSIBILITY],
        widget=forms.CheckboxSelectMultiple,
        error_messages=_one_message(
            _("Bitte step_free, accessible_wc, sign_language oder easy_language angeben.")
        ),
    )
    age = forms.IntegerField(
        label=_("Ihr Alter"),
        required=False,
        min_value=1,
        max_value=MAX_AGE,
        error_messages=dict.fromkeys(
            ("invalid", "min_value", "max_value"),
            _("Bitte Ihr Alter als ganze Zahl von 1 bis %(max)d angeben.") % {"max": MAX_AGE},
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        # The place is understood exactly as the search understands it (search/forms.py).
        self.search = SearchForm(self.search_params())
        if not self.search.is_valid():
            for name, errors in self.search.errors.items():
                self.add_error(name if name in self.fields else None, errors)
        return cleaned

    def search_params(self):
        """The answers as /suche/ parameters (the search contract in DESIGN.md)."""
        data = self.cleaned_data
        params = QueryDict(mutable=True)
        params.setlist("category", sorted(term.slug for term in data["category"]))
        params.setlist("target_group", sorted(term.slug for term in data["target_group"]))
        params.setlist("activity", sorted({slug for way in data["way"] for slug in WAYS[way][2]}))
        # The grid's cells become the contract's two any-of filters.
        days = {slot.split("-")[0] for slot in data["time"]}
        times = {slot.split("-")[1] for slot in data["time"]}
        params.setlist("weekday", [day for day, _long, _adverb in WEEKDAYS if day in days])
        params.setlist("daytime", [time for time, _label in DAYTIMES if time in times])
        if data["commitment"]:
            params["commitment"] = data["commitment"]
        if data["remote"]:
            params["remote"] = "1"
        elif data["near"]:
            params["near"] = data["near"]
            params["radius"] = str(data["radius"] or DEFAULT_RADIUS_KM)
        params.setlist("accessibility", data["accessibility"])
        if data["age"]:
            params["age"] = str(data["age"])
        return params

    def answered(self, question):
        return any(self.cleaned_data.get(name) for name in question.params if name != "radius")
