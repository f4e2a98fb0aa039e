"""The place chooser in the page editors, with a search field: type a name or a postcode.

Wagtail's snippet chooser searches only models in its search index; places are reference data,
matched here in the database by the same rules as the public place field (places.py), so
"fuerth", "Heppenheim" and "685" find their places without an index to keep up to date.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)

from .models import Municipality
from .places import closest_places, places_starting

MAX_RESULTS = 100


def matching_places(text):
    """Places a typed postcode (or its beginning) or name fits; near misses when nothing does."""
    text = text.strip()
    if text.isdigit():
        return Municipality.objects.filter(postcodes__code__startswith=text).distinct()
    found = places_starting(text, limit=MAX_RESULTS) or closest_places(text)
    return Municipality.objects.filter(pk__in=[place.pk for place in found])


class PlaceSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Ort oder Postleitzahl"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": _("z. B. Heppenheim oder 64646")}),
    )

    def filter(self, objects):
        text = self.cleaned_data.get("q", "").strip()
        if not text:
            return objects
        self.is_searching = True
        self.search_query = text
        return objects.filter(pk__in=matching_places(text).values("pk"))


class PlaceChooseView(ChooseView):
    filter_form_class = PlaceSearchForm


class PlaceChooseResultsView(ChooseResultsView):
    filter_form_class = PlaceSearchForm


class PlaceChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PlaceChooseView
    choose_results_view_class = PlaceChooseResultsView
