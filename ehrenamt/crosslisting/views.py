"""Open data out: the /opendata/ page, CSV, JSON and JSON-LD downloads, and the iCal calendar."""

import csv

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

from . import traits
from .ical import calendar
from .opendata import CSV_COLUMNS, licence, listing_record, own_listings
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
            record = listing_record(page, request)
            record["categories"] = ", ".join(record["categories"])
            for name in traits.FIELDS:
                record[name] = traits.export_csv_cell(name, record[name])
            yield writer.writerow([record[key] or "" for _heading, key in CSV_COLUMNS])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="engagement-angebote.csv"'
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
        next_url = request.build_absolute_uri(f"{request.path}?page={page.next_page_number()}")
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
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "license": licence()["url"],
        "itemListElement": [job_posting(page) for page in listings],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/ld+json; charset=utf-8"
    response["Content-Disposition"] = 'attachment; filename="engagement-angebote.jsonld"'
    return response


@require_GET
def dated_listings_ical(request):
    listings = own_listings().filter(start_date__isnull=False).order_by("start_date", "pk")
    events = ((page, page.get_full_url(request)) for page in listings.iterator(chunk_size=CHUNK))
    response = HttpResponse(
        calendar(events, request.get_host()), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="engagement-termine.ics"'
    return response
