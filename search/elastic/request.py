"""The request body for one search: the same semantics as the database engine, in Query DSL."""

from elasticsearch.dsl import A, Q, Search

from ..query import Sort
from .document import FACET_FIELDS

TEXT_FIELDS = ["title^3", "summary^2", "body", "club_name"]
MAX_FACET_VALUES = 200


def _facet_filters(query):
    """Each selected facet as a filter, keyed by facet name."""
    selected = {
        "category": list(query.categories),
        "municipality": list(query.municipalities),
        "state": list(query.states),
        "commitment": [query.commitment] if query.commitment else [],
        "target_group": list(query.target_groups),
    }
    return {
        name: Q("terms", **{FACET_FIELDS[name]: values})
        for name, values in selected.items()
        if values
    }


def _scope_filters(query, today):
    """Everything that narrows the search and is not a facet."""
    filters = [Q("range", valid_through={"gte": today.isoformat()})]
    if query.district:
        filters.append(Q("term", district=query.district))
    if query.activities:
        filters.append(Q("terms", activities=list(query.activities)))
    if query.remote:
        filters.append(Q("term", remote=True))
    if query.published_after:
        filters.append(Q("range", published_at={"gt": query.published_after.isoformat()}))
    if query.near:
        filters.append(
            Q(
                "geo_distance",
                distance=f"{query.radius_km}km",
                location={"lat": query.near.latitude, "lon": query.near.longitude},
            )
        )
    return filters


def _sort(query):
    sort = query.effective_sort
    if sort == Sort.RELEVANCE:
        return ["_score", {"published_at": "desc"}]
    if sort == Sort.NEWEST:
        return [{"published_at": "desc"}]
    if sort == Sort.DEADLINE:
        return [{"valid_through": "asc"}]
    centre = {"lat": query.near.latitude, "lon": query.near.longitude}
    return [{"_geo_distance": {"location": centre, "order": "asc", "unit": "km"}}]


def build_search(query, index, today):
    """A Search whose facets each apply every other selected facet (multi-select)."""
    search = Search(index=index)
    if query.text:
        search = search.query("multi_match", query=query.text, fields=TEXT_FIELDS, operator="and")
    search = search.filter(Q("bool", filter=_scope_filters(query, today)))
    facet_filters = _facet_filters(query)
    if facet_filters:
        search = search.post_filter(Q("bool", filter=list(facet_filters.values())))
    for name, field in FACET_FIELDS.items() if query.with_facets else ():
        others = [flt for other, flt in facet_filters.items() if other != name]
        bucket = A("filter", Q("bool", filter=others))
        bucket.bucket("values", "terms", field=field, size=MAX_FACET_VALUES)
        search.aggs.bucket(name, bucket)
    search = search.sort(*_sort(query)).extra(track_total_hits=True).source(False)
    return search[query.offset : query.offset + query.page_size]
