"""Finding a municipality by what people type: a postcode, a slug, or its name in any spelling.

"Bensheim", "bensheim", "FÜRTH", "Fuerth (Odenwald)" and "Heppenheim" (for "Heppenheim
(Bergstraße)") all name a place. Names are compared by their folded key (operations/spelling.py),
with and without the suffix in brackets. When a name fits several places, the one nearest to the
portal's home district wins and the others are offered.
"""

import difflib
import math
import re
from dataclasses import dataclass, field

from django.conf import settings

from ehrenamt.operations.spelling import fold_name

from .models import POSTCODE_PATTERN, Municipality

_BRACKETS = re.compile(r"\s*\([^)]*\)\s*")
MAX_OFFERED = 5


@dataclass
class PlaceMatch:
    """The place a text names, and other places it might name."""

    municipality: Municipality | None
    others: list[Municipality] = field(default_factory=list)


def _keys(municipality):
    """Every folded way of naming a municipality: full name, name without brackets, slug."""
    name = municipality.name
    return {fold_name(name), fold_name(_BRACKETS.sub(" ", name)), fold_name(municipality.slug)}


def _home_centre(places):
    home = [place for place in places if place.district.slug == settings.HOME_DISTRICT]
    home = home or places
    return (
        sum(place.latitude for place in home) / len(home),
        sum(place.longitude for place in home) / len(home),
    )


def _by_nearness(candidates, places):
    latitude, longitude = _home_centre(places)
    scale = math.cos(math.radians(latitude))
    return sorted(
        candidates,
        key=lambda place: (
            (place.latitude - latitude) ** 2 + ((place.longitude - longitude) * scale) ** 2,
            place.name,
        ),
    )


def _all_places():
    return list(Municipality.objects.select_related("district__state"))


def find_place(text):
    """The municipality `text` names (postcode, slug or name), with the other candidates."""
    text = text.strip()
    if POSTCODE_PATTERN.match(text):
        return PlaceMatch(Municipality.objects.for_postcode(text))
    key = fold_name(text)
    if not key:
        return PlaceMatch(None)
    places = _all_places()
    exact = [place for place in places if key in _keys(place)]
    if not exact:
        # "Ludwigshafen" for "Ludwigshafen am Rhein": the name's first words.
        exact = [
            place for place in places if any(name.startswith(key + " ") for name in _keys(place))
        ]
    if not exact:
        return PlaceMatch(None)
    ranked = _by_nearness(exact, places)
    return PlaceMatch(ranked[0], ranked[1:])


def closest_places(text, limit=MAX_OFFERED):
    """Places whose names look most like `text`, for "Meinten Sie …?"."""
    key = fold_name(text)
    if not key:
        return []
    scored = []
    for place in _all_places():
        similarity = max(difflib.SequenceMatcher(None, key, name).ratio() for name in _keys(place))
        if similarity >= 0.6:
            scored.append((-similarity, place.name, place))
    return [place for _score, _name, place in sorted(scored)[:limit]]


def places_starting(text, limit=MAX_OFFERED):
    """Places whose name (or a word of it) starts like `text`, for the place field's suggestions."""
    key = fold_name(text)
    if not key:
        return []
    found = [
        place
        for place in _all_places()
        if any(name.startswith(key) or f" {key}" in f" {name}" for name in _keys(place))
    ]
    return sorted(found, key=lambda place: (not fold_name(place.name).startswith(key), place.name))[
        :limit
    ]
