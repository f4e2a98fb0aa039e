"""A paged JSON API: {"results": [...], "next": "<url of the next page>" or null}."""

import json

from django.utils.translation import gettext as _

from .. import traits
from .base import FeedError, Importer

MAX_PAGES = 500
FIELDS = [
    "title",
    "organisation",
    "description",
    "summary",
    "street_address",
    "postcode",
    "town",
    "categories",
    "contact_name",
    "contact_email",
    "contact_phone",
    "start_date",
    "end_date",
    "valid_through",
    "url",
    "remote",
    "commitment",
    "hours_per_week",
    "volunteers_needed",
    "target_groups",
    "accessibility",
    *traits.FIELDS,
]


class JsonImporter(Importer):
    format = "json"

    def entries(self, load):
        url, seen = None, set()
        for _page in range(MAX_PAGES):
            document = decode(load(url))
            results = document.get("results")
            if not isinstance(results, list):
                raise FeedError(_("Der JSON-Feed enthält keine Liste „results“."))
            for entry in results:
                if not isinstance(entry, dict):
                    yield "", {}
                    continue
                yield entry.get("id", ""), {name: entry.get(name) for name in FIELDS}
            url = document.get("next")
            if not url or not isinstance(url, str) or url in seen:
                return
            seen.add(url)


def decode(payload):
    try:
        document = json.loads(payload.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FeedError(_("Der JSON-Feed ist fehlerhaft: %(error)s") % {"error": error}) from error
    if not isinstance(document, dict):
        raise FeedError(_("Der JSON-Feed ist kein Objekt mit „results“."))
    return document
