"""Autocomplete for the search box: a few titles, clubs, engagement areas and places."""

from urllib.parse import urlencode

from django.urls import reverse

from ehrenamt.clubs.models import ClubPage
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

MIN_LENGTH = 2
MAX_LENGTH = 100
PER_KIND = 5


def _search_url(**params):
    return f"{reverse('search')}?{urlencode(params)}"


def suggestions(text, request):
    """Matches by name for each kind; short lists only, since a person picks one."""
    text = text.strip()
    if not MIN_LENGTH <= len(text) <= MAX_LENGTH or "\x00" in text:
        return []
    opportunities = OpportunityPage.objects.current().filter(title__icontains=text)
    clubs = ClubPage.objects.live().filter(title__icontains=text)
    categories = Category.objects.filter(name__icontains=text)
    places = Municipality.objects.filter(name__istartswith=text)
    return [
        *(
            {"kind": "opportunity", "label": page.title, "url": page.get_url(request)}
            for page in opportunities.order_by("title")[:PER_KIND]
        ),
        *(
            {"kind": "club", "label": club.title, "url": club.get_url(request)}
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
