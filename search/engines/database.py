"""The default engine: Wagtail's database search index for words, the ORM for everything else."""

from django.db.models import Count, Exists, OuterRef

from ehrenamt.opportunities.models import OpportunityPage

from ..query import FACETS, SearchOutcome, Sort
from .geo import bounding_box, proximity
from .text import text_matcher

CategoryLink = OpportunityPage.categories.through
TargetGroupLink = OpportunityPage.target_groups.through
ActivityLink = OpportunityPage.activities.through


def _linked(link_model, term_field, slugs):
    """Roles linked to any of the given taxonomy slugs; EXISTS keeps one row per role."""
    return Exists(
        link_model.objects.filter(
            opportunitypage_id=OuterRef("pk"), **{f"{term_field}__slug__in": slugs}
        )
    )


# Each facet's own filter; a facet is counted with all the others applied (multi-select).
def _filter_municipality(qs, query):
    return qs.filter(municipality__slug__in=query.municipalities)


def _filter_state(qs, query):
    return qs.filter(municipality__district__state__slug__in=query.states)


def _filter_category(qs, query):
    return qs.filter(_linked(CategoryLink, "category", query.categories))


def _filter_target_group(qs, query):
    return qs.filter(_linked(TargetGroupLink, "targetgroup", query.target_groups))


def _filter_commitment(qs, query):
    return qs.filter(commitment=query.commitment)


FACET_FILTERS = {
    "municipality": (lambda q: q.municipalities, _filter_municipality),
    "state": (lambda q: q.states, _filter_state),
    "category": (lambda q: q.categories, _filter_category),
    "target_group": (lambda q: q.target_groups, _filter_target_group),
    "commitment": (lambda q: q.commitment, _filter_commitment),
}


def _count_links(qs, link_model, term_field):
    rows = (
        link_model.objects.filter(opportunitypage_id__in=qs.order_by().values("pk"))
        .values_list(f"{term_field}__slug")
        .annotate(n=Count("opportunitypage_id"))
    )
    return dict(rows)


# Place and commitment are single-valued columns of the role: one GROUP BY over them yields the
# total and all three facets, each with the other two filters applied in Python.
COLUMN_FACETS = ("municipality", "state", "commitment")
LINK_FACETS = {
    "category": (CategoryLink, "category"),
    "target_group": (TargetGroupLink, "targetgroup"),
}


def _column_facets_and_total(rows, query):
    """rows: (municipality, state, commitment, count) for the results before those three filters."""
    wanted = {
        "municipality": set(query.municipalities),
        "state": set(query.states),
        "commitment": {query.commitment} if query.commitment else set(),
    }
    facets = {name: {} for name in COLUMN_FACETS}
    total = 0
    for municipality, state, commitment, count in rows:
        values = {"municipality": municipality, "state": state, "commitment": commitment}
        failing = [
            name for name in COLUMN_FACETS if wanted[name] and values[name] not in wanted[name]
        ]
        if not failing:
            total += count
        for name in COLUMN_FACETS:
            if not failing or failing == [name]:
                facets[name][values[name]] = facets[name].get(values[name], 0) + count
    return facets, total


ORDERINGS = {
    Sort.NEWEST: ("-first_published_at", "-pk"),
    Sort.DEADLINE: ("valid_through", "pk"),
    Sort.DISTANCE: ("distance", "pk"),
}


class DatabaseEngine:
    name = "database"

    def search(self, query):
        matcher = text_matcher(query.text)
        scope = self._scope(query, matcher)
        results = self._apply_facet_filters(scope, query)
        rows = (
            self._apply_facet_filters(scope, query, skip=COLUMN_FACETS)
            .order_by()
            .values_list("municipality__slug", "municipality__district__state__slug", "commitment")
            .annotate(n=Count("pk"))
        )
        facets, total = _column_facets_and_total(rows, query)
        for name, (link_model, term_field) in LINK_FACETS.items():
            facet_scope = self._apply_facet_filters(scope, query, skip=(name,))
            facets[name] = _count_links(facet_scope, link_model, term_field)
        return SearchOutcome(
            count=total,
            ids=self._page_ids(results, query, matcher),
            facets={name: facets[name] for name in FACETS},
        )

    def matching(self, query):
        """Current roles that pass every filter of `query` except its words, as a queryset."""
        return self._apply_facet_filters(self._scope(query, None), query)

    def _scope(self, query, matcher):
        """Everything that narrows the search but is not a facet: words, place, remote."""
        qs = OpportunityPage.objects.current()
        if matcher:
            qs = qs.filter(pk__in=matcher.matching_ids())
        if query.district:
            qs = qs.filter(municipality__district__slug=query.district)
        if query.activities:
            qs = qs.filter(_linked(ActivityLink, "activity", query.activities))
        if query.remote:
            qs = qs.filter(remote_possible=True)
        if query.near:
            distance, limit = proximity(query.near, query.radius_km)
            qs = (
                qs.filter(**bounding_box(query.near, query.radius_km))
                .annotate(distance=distance)
                .filter(distance__lte=limit)
            )
        return qs

    def _apply_facet_filters(self, qs, query, skip=()):
        for name, (selected, apply) in FACET_FILTERS.items():
            if name not in skip and selected(query):
                qs = apply(qs, query)
        return qs

    def _page_ids(self, results, query, matcher):
        start, stop = query.offset, query.offset + query.page_size
        sort = query.effective_sort
        if sort == Sort.RELEVANCE and matcher:
            return matcher.ranked_ids(results, start, stop)
        return list(results.order_by(*ORDERINGS[sort]).values_list("pk", flat=True)[start:stop])
