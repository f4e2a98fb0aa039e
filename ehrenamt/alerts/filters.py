"""The search an alert follows: kept as the query string of /suche/, validated by the search form."""

import dataclasses

from django.http import QueryDict

from ehrenamt.regions.models import POSTCODE_PATTERN, Municipality
from search.forms import SearchForm
from search.query import Sort

# Paging and order belong to one visit, not to the search a person follows.
NOT_FILTERS = {"page", "page_size", "sort"}
MAX_QUERY_LENGTH = 2000
DIGEST_LENGTH = 20


def filter_params(params):
    """The search contract's filters in `params` (a QueryDict) as a canonical query string."""
    kept = QueryDict(mutable=True)
    for name in sorted(set(SearchForm.base_fields) - NOT_FILTERS):
        values = sorted({value.strip() for value in params.getlist(name) if value.strip()})
        if values:
            kept.setlist(name, values)
    return kept.urlencode()


def search_form(query_string):
    form = SearchForm(QueryDict(query_string))
    form.is_valid()
    return form


def new_listings_query(query_string, since):
    """The search of a stored alert for roles first published after `since`, newest first.

    None when the stored filters no longer validate (a place or a term was removed since).
    """
    form = search_form(query_string)
    if form.errors:
        return None
    return dataclasses.replace(
        form.to_query(),
        published_after=since,
        sort=Sort.NEWEST,
        page_size=DIGEST_LENGTH,
        with_facets=False,
    )


def place_slug(form):
    """The municipality a search is about, for the statistics: a chosen one, or the centre."""
    chosen = form.cleaned_data.get("municipality")
    if chosen:
        return sorted(place.slug for place in chosen)[0]
    near = form.data.get("near", "")
    if POSTCODE_PATTERN.match(near):
        place = Municipality.objects.for_postcode(near)
        return place.slug if place else ""
    return near if Municipality.objects.filter(slug=near).exists() else ""


def area_slugs(form):
    return ",".join(sorted(category.slug for category in form.cleaned_data.get("category", [])))
