"""Remember searches that found nothing, so staff learn what citizens miss.

Only the normalised words, the validated filters and the day are kept; the request (IP address,
user, session, referrer) never reaches this module.
"""

from wagtail.search.utils import normalise_query_string

from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

from .models import ZeroResultSearch


def search_filters(query):
    """The filters of a validated search query, without empty ones."""
    filters = {
        "municipality": list(query.municipalities),
        "district": query.district,
        "state": list(query.states),
        "category": list(query.categories),
        "target_group": list(query.target_groups),
        "activity": list(query.activities),
        "commitment": query.commitment,
        "remote": query.remote,
    }
    if query.near:
        filters["near"] = query.near.label
        filters["radius"] = query.radius_km
    return {name: value for name, value in filters.items() if value}


def record_zero_result(query, count, **kwargs):
    """Log the first page of a search that asked for something and found nothing.

    Connected to search's `search_answered` signal, so search needs to know nothing of statistics.
    """
    text = normalise_query_string(query.text)
    filters = search_filters(query)
    if count or query.page != 1 or not (text or filters):
        return None
    search = ZeroResultSearch.objects.create(text=text, filters=filters)
    if query.municipalities:
        search.municipalities.set(Municipality.objects.filter(slug__in=query.municipalities))
    if query.categories:
        search.categories.set(Category.objects.filter(slug__in=query.categories))
    return search
