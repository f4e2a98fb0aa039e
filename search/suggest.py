"""Autocomplete: for the search box a few titles, clubs, engagement areas and places; for the
place field the places themselves."""

from urllib.parse import urlencode

from django.urls import reverse

from ehrenamt.clubs.models import ClubPage
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.regions.models import Municipality, Postcode
from ehrenamt.regions.places import places_starting
from ehrenamt.taxonomy.models import Category

MIN_LENGTH = 2
MAX_LENGTH = 100
PER_KIND = 5


def _search_url(**params):
    return f"{reverse('search')}?{urlencode(params)}"


def _usable(text):
    text = text.strip()
    if not MIN_LENGTH <= len(text) <= MAX_LENGTH or "\x00" in text:
        return None
    return text


def suggestions(text, request):
    """Matches by name for each kind; short lists only, since a person picks one.

    Titles say their club and place: many clubs offer a "Vorstandsarbeit".
    """
    text = _usable(text)
    if text is None:
        return []
    opportunities = (
        OpportunityPage.objects.current()
        .filter(title__icontains=text)
        .select_related("club", "municipality")
        .only("title", "url_path", "club__title", "club__url_path", "municipality__name")
    )
    clubs = ClubPage.objects.live().filter(title__icontains=text).select_related("municipality")
    categories = Category.objects.filter(name__icontains=text)
    places = Municipality.objects.filter(name__istartswith=text)
    return [
        *(
            {
                "kind": "opportunity",
                "label": page.title,
                "detail": " · ".join(
                    part
                    for part in (page.club.title if page.club else "", page.municipality.name)
                    if part
                ),
                "url": page.get_url(request),
            }
            for page in opportunities.order_by("title")[:PER_KIND]
        ),
        *(
            {
                "kind": "club",
                "label": club.title,
                "detail": club.municipality.name,
                "url": club.get_url(request),
            }
            for club in clubs.order_by("title")[:PER_KIND]
        ),
        *(
            {"kind": "category", "label": cat.name, "url": _search_url(category=cat.slug)}
            for cat in categories[:PER_KIND]
        ),
        *(
            {
                "kind": "municipality",
                "label": place.name,
                "url": _search_url(municipality=place.slug),
            }
            for place in places[:PER_KIND]
        ),
    ]


def place_suggestions(text):
    """Places for the place field: by postcode when digits are typed, else by name in any
    spelling. Each has the `value` the field takes."""
    text = _usable(text)
    if text is None:
        return []
    if text.isdigit():
        codes = (
            Postcode.objects.filter(code__startswith=text)
            .select_related("municipality")
            .order_by("code")[:PER_KIND]
        )
        return [
            {"kind": "place", "label": f"{code.code} {code.municipality.name}", "value": code.code}
            for code in codes
        ]
    return [
        {"kind": "place", "label": place.name, "value": place.name}
        for place in places_starting(text)
    ]
