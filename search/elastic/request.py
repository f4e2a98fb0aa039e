"""The request body for one search: the same semantics as the database engine, in Query DSL."""

from elasticsearch.dsl import A, Q, Search

from ehrenamt.opportunities.schedule import DAYTIME_CODES, WEEKDAY_CODES, slot_codes, slots_mask

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
    filters = {
        name: Q("terms", **{FACET_FIELDS[name]: values})
        for name, values in selected.items()
        if values
    }
    if query.accessibility:
        filters["accessibility"] = Q(
            "bool", filter=[Q("term", accessibility=code) for code in query.accessibility]
        )
    if query.time_slots:
        filters["time_slots"] = Q("terms", time_slots=slot_codes(query.time_slots))
    return filters


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
    if query.age is not None:
        filters.append(
            Q(
                "bool",
                should=[
                    Q("bool", must_not=[Q("exists", field="minimum_age")]),
                    Q("range", minimum_age={"lte": query.age}),
                ],
                minimum_should_match=1,
            )
        )
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


def _slot_filters(masks):
    return {name: Q("terms", time_slots=slot_codes(mask)) for name, mask in masks.items()}


def _time_and_accessibility_aggs(search, query, facet_filters):
    """As engines/facets.py counts them: accessibility items over the results (all items are
    required, so a count says what ticking the item leaves); each weekday and daytime with
    every other filter, the other dimension of the time slots included."""
    every = Q("bool", filter=list(facet_filters.values()))
    bucket = A("filter", every)
    bucket.bucket("values", "terms", field="accessibility", size=MAX_FACET_VALUES)
    search.aggs.bucket("accessibility", bucket)
    unscheduled = Q(
        "bool", filter=[flt for name, flt in facet_filters.items() if name != "time_slots"]
    )
    dimensions = {
        "weekday": {day: slots_mask([day], query.daytimes) for day in WEEKDAY_CODES},
        "daytime": {time: slots_mask(query.weekdays, [time]) for time in DAYTIME_CODES},
    }
    for name, masks in dimensions.items():
        bucket = A("filter", unscheduled)
        bucket.bucket("values", "filters", filters=_slot_filters(masks))
        search.aggs.bucket(name, bucket)


def build_search(query, index, today):
    """A Search whose facets each apply every other selected facet (multi-select)."""
    search = Search(index=index)
    if query.has_words:
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
    _time_and_accessibility_aggs(search, query, facet_filters)
    search = search.sort(*_sort(query)).extra(track_total_hits=True).source(False)
    return search[query.offset : query.offset + query.page_size]
