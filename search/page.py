"""What the HTML search page shows besides the results: facets, active filters, paging, hints."""

import hashlib

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ehrenamt.opportunities.models import Commitment
from ehrenamt.opportunities.schedule import DAYTIMES, WEEKDAYS
from ehrenamt.regions.models import Municipality, State
from ehrenamt.taxonomy.models import Category, TargetGroup

from .cards import add_cards
from .feeds import filter_query_string
from .forms import ACCESSIBILITY_CHOICES, RADIUS_CHOICES
from .query import MAX_RADIUS_KM
from .serializers import sort_notices
from .service import distance_between

# A facet shows this many values; the others wait behind "mehr anzeigen".
SHOWN_VALUES = 5


def _term_labels(model):
    """Slug to name of a taxonomy, in the visitor's language."""
    return {term.slug: term.label for term in model.objects.only("slug", "name", "name_en")}


# (parameter, heading, how to name the slugs); the order is the order on the page.
FACET_GROUPS = [
    (
        "category",
        _("Engagementbereich"),
        lambda: _term_labels(Category),
    ),
    ("municipality", _("Ort"), None),
    ("state", _("Bundesland"), lambda: dict(State.objects.values_list("slug", "name"))),
    ("commitment", _("Zeitlicher Rahmen"), lambda: dict(Commitment.choices)),
    (
        "target_group",
        _("Zielgruppe"),
        lambda: _term_labels(TargetGroup),
    ),
    ("accessibility", _("Barrierefreiheit"), lambda: dict(ACCESSIBILITY_CHOICES)),
    ("weekday", _("Wochentag"), lambda: dict(WEEKDAYS)),
    ("daytime", _("Tageszeit"), lambda: dict(DAYTIMES)),
]
# Facets whose values keep their natural order (Monday first) instead of the count's.
ORDERED_FACETS = {"weekday", "daytime", "accessibility"}


def _url_with(params, **changes):
    params = params.copy()
    if "page" not in changes:
        # Any other change makes a new result list, which starts on its first page.
        params.pop("page", None)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return "?" + params.urlencode()


def place_links(params, places):
    """Links that search again with one of `places` in the place field."""
    return [{"name": place.name, "url": _url_with(params, near=place.name)} for place in places]


def word_suggestion_link(params, text):
    return {"text": text, "url": _url_with(params, q=text)} if text else None


def _url_without_value(params, key, value):
    params = params.copy()
    params.setlist(key, [item for item in params.getlist(key) if item != value])
    params.pop("page", None)
    return "?" + params.urlencode()


def _municipality_names(facets, params):
    slugs = set(facets.get("municipality", {})) | set(params.getlist("municipality"))
    return dict(Municipality.objects.filter(slug__in=slugs).values_list("slug", "name"))


def facet_groups(outcome, params):
    groups = []
    for key, heading, names in FACET_GROUPS:
        labels = _municipality_names(outcome.facets, params) if names is None else names()
        counts = outcome.facets.get(key, {})
        selected = set(params.getlist(key))
        options = [
            {
                "value": slug,
                "label": label,
                "count": counts.get(slug, 0),
                "checked": slug in selected,
            }
            for slug, label in labels.items()
            if counts.get(slug) or slug in selected
        ]
        if key not in ORDERED_FACETS:
            options.sort(key=lambda option: (-option["count"], str(option["label"])))
        shown, more = _split(options)
        groups.append(
            {
                "key": key,
                "heading": heading,
                "options": options,
                "shown": shown,
                "more": more,
                "labels": labels,
                "multiple": key != "commitment",
            }
        )
    return groups


def facets_fingerprint(groups):
    """What the facet lists show, and in which language: the key of their cached fragment.

    Rendering some hundred options took much of an uncached search page; the same counts with
    the same choices render the same HTML, so the fragment is kept by what it shows.
    """
    shown = [
        (
            group["key"],
            len(group["shown"]),
            [(o["value"], str(o["label"]), o["count"], o["checked"]) for o in group["options"]],
        )
        for group in groups
    ]
    return hashlib.sha256(repr([get_language(), shown]).encode()).hexdigest()


def _split(options):
    """The first values and every chosen one are shown; the rest is behind "mehr anzeigen"."""
    if len(options) <= SHOWN_VALUES + 1:
        return options, []
    shown = [o for position, o in enumerate(options) if position < SHOWN_VALUES or o["checked"]]
    return shown, [option for option in options if option not in shown]


def active_filters(groups, query, params):
    """Each chosen filter as a label and the link that removes just that one."""
    active = []
    for group in groups:
        for slug in params.getlist(group["key"]):
            label = group["labels"].get(slug, slug)
            active.append(
                {
                    "label": f"{group['heading']}: {label}",
                    "url": _url_without_value(params, group["key"], slug),
                }
            )
    if query.text:
        active.append(
            {"label": _("Suchbegriff: %(q)s") % {"q": query.text}, "url": _url_with(params, q=None)}
        )
    if query.remote:
        active.append({"label": _("Auch von zu Hause"), "url": _url_with(params, remote=None)})
    if query.age is not None:
        active.append(
            {
                "label": _("Alter: %(age)d Jahre") % {"age": query.age},
                "url": _url_with(params, age=None),
            }
        )
    if query.near:
        active.append(
            {
                "label": _("Umkreis %(km)d km um %(place)s")
                % {"km": query.radius_km, "place": query.near.label},
                "url": _url_with(params, near=None, radius=None),
            }
        )
    return active


def _chosen_filters(groups, query, params):
    """How many filters of the filter panel are chosen, for its "Filter (n)" button."""
    chosen = sum(len(params.getlist(group["key"])) for group in groups)
    return chosen + query.remote + (query.age is not None)


def widening_hints(query, params):
    """For an empty result: ways to find more, each one a link."""
    hints = []
    if query.near and query.radius_km < MAX_RADIUS_KM:
        wider = next((km for km in RADIUS_CHOICES if km > query.radius_km), MAX_RADIUS_KM)
        hints.append(
            {
                "label": _("Umkreis auf %(km)d km erweitern") % {"km": wider},
                "url": _url_with(params, radius=str(wider)),
            }
        )
    if query.text:
        hints.append({"label": _("Ohne Suchbegriff suchen"), "url": _url_with(params, q=None)})
    if set(params.keys()) - {"q", "page", "page_size", "sort"}:
        hints.append({"label": _("Alle Filter entfernen"), "url": "?" + _only_text(params)})
    return hints


def _only_text(params):
    kept = params.copy()
    for key in list(kept.keys()):
        if key != "q":
            kept.pop(key)
    return kept.urlencode()


class _ResultCount:
    """Stands in for the result list so Django's Paginator can number pages the engine cut."""

    def __init__(self, count):
        self.count = count

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return []


def pagination(outcome, query):
    paginator = Paginator(_ResultCount(outcome.count), query.page_size)
    return paginator.get_page(query.page)


def search_page_context(request, form, query, outcome, pages):
    params = request.GET.copy()
    groups = facet_groups(outcome, params)
    results = [
        {
            "page": page,
            "distance_km": distance_between(query.near, page) if query.near else None,
            "promoted": page.pk in outcome.promoted,
        }
        for page in pages
    ]
    add_cards(request, results)
    return {
        "form": form,
        "query": query,
        "params": params,
        "count": outcome.count,
        "notices": sort_notices(query),
        "other_places": place_links(params, form.other_places),
        "filter_count": _chosen_filters(groups, query, params),
        "results": results,
        "facet_groups": groups,
        "facets_key": facets_fingerprint(groups),
        "active_filters": active_filters(groups, query, params),
        "hints": widening_hints(query, params) if not outcome.count else [],
        "page_obj": pagination(outcome, query),
        "radius_choices": sorted({*RADIUS_CHOICES, query.radius_km}),
        "feed_url": feed_url(params),
    }


def feed_url(params):
    """The Atom feed of this search's filters (search/feeds.py)."""
    filters = filter_query_string(params)
    return reverse("search_feed") + ("?" + filters if filters else "")
