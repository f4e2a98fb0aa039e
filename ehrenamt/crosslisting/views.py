"""Open data out: the /opendata/ page, CSV, JSON, JSON-LD and FPXML downloads, and the calendar."""

import csv

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

from . import fpxml
from .ical import calendar
from .opendata import (
    CSV_COLUMNS,
    absolute,
    csv_values,
    licence,
    listing_record,
    own_listings,
    site_root,
)
from .schema import job_posting

JSON_PAGE_SIZE = 500
CHUNK = 2000


@require_GET
def opendata_page(request):
    return render(
        request,
        "crosslisting/opendata.html",
        {
            "licence": licence(),
            "municipalities": Municipality.objects.filter(
                pk__in=own_listings().values("municipality_id")
            ).order_by("name"),
            "categories": Category.objects.all(),
        },
    )


class Echo:
    """csv.writer writes to this and hands each line straight to the streaming response."""

    def write(self, value):
        return value


@require_GET
def listings_csv(request):
    def rows():
        writer = csv.writer(Echo(), delimiter=";")
        # A BOM so that spreadsheet programs read the umlauts right.
        yield "\ufeff" + writer.writerow([heading for heading, _key in CSV_COLUMNS])
        for page in own_listings().iterator(chunk_size=CHUNK):
            yield writer.writerow(csv_values(listing_record(page, request)))

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="engagement-angebote.csv"'
    # CSV has no place of its own for a licence: the header names it (RFC 8288, rel="license").
    response["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response


@require_GET
def listings_json(request):
    """Paged like the partner APIs we import: {"results": [...], "next": <url> or null}."""
    paginator = Paginator(own_listings(), JSON_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        return JsonResponse({"errors": {"page": [_("Diese Seite gibt es nicht.")]}}, status=400)
    next_url = None
    if page.has_next():
        next_url = absolute(request, f"{request.path}?page={page.next_page_number()}")
    return JsonResponse(
        {
            "count": paginator.count,
            "licence": {key: str(value) for key, value in licence().items()},
            "results": [listing_record(listing, request) for listing in page.object_list],
            "next": next_url,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def listings_json_ld(request):
    listings = own_listings().iterator(chunk_size=CHUNK)
    terms = licence()
    # schema.org allows `license` on a CreativeWork: a DataFeed, not an ItemList.
    data = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": str(terms["attribution"]),
        "url": absolute(request, request.path),
        "license": terms["url"],
        "dataFeedElement": [job_posting(page, context=False) for page in listings],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/ld+json; charset=utf-8"
    response["Content-Disposition"] = 'attachment; filename="engagement-angebote.jsonld"'
    return response


@require_GET
def dated_listings_ical(request):
    listings = own_listings().filter(start_date__isnull=False).order_by("start_date", "pk")
    events = ((page, page.get_full_url(request)) for page in listings.iterator(chunk_size=CHUNK))
    root = site_root(request)
    response = HttpResponse(
        calendar(events, root.split("://", 1)[1], licence()),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="engagement-termine.ics"'
    return response


@require_GET
def listings_fpxml(request):
    """Our listings as a Footprint 0.1 feed (FPXML), the format volunteer portals exchange."""
    listings = own_listings().iterator(chunk_size=CHUNK)
    response = HttpResponse(
        fpxml.feed(listings, request), content_type="application/xml; charset=utf-8"
    )
    response["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response
