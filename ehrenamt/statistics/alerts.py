"""Confirmed search alerts per place and per engagement area: counts only, never addresses."""

from collections import Counter

from django.db.models import Count

from ehrenamt.alerts.models import SearchSubscription
from ehrenamt.taxonomy.models import Category


def alert_counts(municipalities, regionwide):
    """(per place, per area) as lists of (name, count), largest first.

    Places are those the user may see; alerts without a place count for regional staff only,
    and their areas too, so nobody learns of searches outside their places.
    """
    names = dict(municipalities.values_list("slug", "name"))
    confirmed = SearchSubscription.objects.confirmed()
    visible = confirmed if regionwide else confirmed.filter(place__in=names)
    per_place = [
        (names.get(row["place"], row["place"]), row["n"])
        for row in visible.filter(place__in=names).values("place").annotate(n=Count("pk"))
    ]
    areas = Counter()
    for joined, count in visible.values_list("areas").annotate(n=Count("pk")):
        for slug in filter(None, joined.split(",")):
            areas[slug] += count
    area_names = dict(Category.objects.filter(slug__in=areas).values_list("slug", "name"))
    per_area = [(area_names.get(slug, slug), count) for slug, count in areas.items()]
    return (
        sorted(per_place, key=lambda row: (-row[1], row[0])),
        sorted(per_area, key=lambda row: (-row[1], row[0])),
    )
