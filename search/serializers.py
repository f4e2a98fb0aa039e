"""The JSON shape of the search API (see the search contract in DESIGN.md)."""

from .service import distance_between


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
        "source": page.source_name or None,
    }
    if query.near:
        data["distance_km"] = distance_between(query.near, page)
    return data


def result_json(page, outcome, query, request):
    data = opportunity_json(page, query, request)
    if page.pk in outcome.promoted:
        data["promoted"] = True
    return data


def search_json(outcome, pages, query, request):
    return {
        "count": outcome.count,
        "page": query.page,
        "page_size": query.page_size,
        "results": [result_json(page, outcome, query, request) for page in pages],
        "facets": outcome.facets,
    }
