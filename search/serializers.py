"""The JSON shape of the search API (see the search contract in DESIGN.md)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .query import Sort
from .service import distance_between

SORT_NAMES = {
    Sort.RELEVANCE: gettext_lazy("Relevanz"),
    Sort.NEWEST: gettext_lazy("Aktualität"),
    Sort.DISTANCE: gettext_lazy("Entfernung"),
    Sort.DEADLINE: gettext_lazy("Enddatum"),
}


def opportunity_json(page, query, request):
    municipality = page.municipality
    club = page.club
    data = {
        "id": page.pk,
        "title": page.title,
        "url": page.get_url(request),
        "summary": page.summary,
        "club": {"name": club.title, "url": club.get_url(request)} if club else None,
        "municipality": {
            "slug": municipality.slug,
            "name": municipality.name,
            "state": municipality.district.state.slug,
        },
        "categories": [category.slug for category in page.categories.all()],
        "commitment": page.commitment,
        "remote": page.remote_possible,
        "source": source_json(page),
    }
    if query.near:
        data["distance_km"] = distance_between(query.near, page)
    return data


def source_json(page):
    """Where an imported listing comes from: the partner, the listing there, its licence."""
    if not page.source_name:
        return None
    imported = getattr(page, "imported", None)
    return {
        "name": page.source_name,
        "url": page.source_url,
        "license": imported.source.licence if imported else "",
    }


def result_json(page, outcome, query, request):
    data = opportunity_json(page, query, request)
    if page.pk in outcome.promoted:
        data["promoted"] = True
    return data


def sort_notices(query):
    """What the person should know about how the results are ordered."""
    if query.sort_falls_back:
        return [
            _(
                "Nach Entfernung sortieren geht nur mit Postleitzahl oder Ort. Sortiert ist nach %(sort)s."
            )
            % {"sort": SORT_NAMES[query.effective_sort]}
        ]
    return []


def search_json(outcome, pages, query, request):
    return {
        "count": outcome.count,
        "page": query.page,
        "page_size": query.page_size,
        "sort": query.effective_sort,
        "notices": [str(notice) for notice in sort_notices(query)],
        "results": [result_json(page, outcome, query, request) for page in pages],
        "facets": outcome.facets,
    }
