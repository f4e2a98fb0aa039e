"""The four term lists an opportunity page shows, read in one query instead of four.

Categories, target groups, activities and languages sit in four link tables; a UNION of the four
reads them at once. A preview shows the draft's terms, which live in the page object and not yet
in the database, so previews take them from the page itself.
"""

from django.db import connections

TERM_LISTS = ("categories", "target_groups", "activities", "languages")
# In the order of the terms' own fields: Model.from_db takes the values in that order.
COLUMNS = ("id", "name", "slug", "name_en", "sort_order")


def shown_terms(page, request):
    """{list name: terms in their order} for the page as the visitor sees it."""
    if getattr(request, "is_preview", False):
        return {name: list(getattr(page, name).all()) for name in TERM_LISTS}
    models = [page._meta.get_field(name).related_model for name in TERM_LISTS]
    parts, params = [], []
    for number, model in enumerate(models):
        sql, part_params = (
            model.objects.filter(opportunities=page).order_by().values_list(*COLUMNS).query
        ).sql_with_params()
        # The list's number first, then the columns in COLUMNS order; all values are parameters.
        parts.append(f"SELECT {number}, listed.* FROM ({sql}) AS listed")  # noqa: S608
        params += part_params
    terms = {name: [] for name in TERM_LISTS}
    with connections[page._state.db or "default"].cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for number, *values in cursor.fetchall():
            # Fields not read here (a category's description) load on first use, as with only().
            terms[TERM_LISTS[number]].append(
                models[number].from_db(page._state.db, COLUMNS, values)
            )
    for found in terms.values():
        found.sort(key=lambda term: (term.sort_order, term.name))
    return terms
