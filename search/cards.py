"""The HTML search's result cards, kept rendered per listing.

Rendering twenty cards took about half of an uncached search page. A card shows its listing, the
names of its club, place and categories, in one language, with this search's distance and
"Empfohlen" mark: its key holds the language, the distance and the mark, and the generations of the
page cache's "listings" and "site" tags (operations/cachetags.py). Publishing or moving a page,
an import batch and a change of reference data start new generations, so a card is never older
than a cached search page would be.
"""

import hashlib

from django.core.cache import cache
from django.template import Context
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ehrenamt.operations.cachetags import VIEW_TAGS, generations

from .service import load_opportunities

CARD_TEMPLATE = "includes/opportunity_card.html"
CARD_SECONDS = 60 * 60


def add_cards(request, results):
    """Give each result ({"page", "distance_km", "promoted"}) its rendered card as "card".

    The results' pages need only their id; a card not kept yet is rendered from its page read
    in full (service.load_opportunities).
    """
    if not results:
        return
    version = hashlib.sha256(repr([get_language(), *generations(VIEW_TAGS)]).encode())
    prefix = f"search-card:{version.hexdigest()[:20]}"
    keys = {
        f"{prefix}:{result['page'].pk}:{result['distance_km']}:{int(result['promoted'])}": result
        for result in results
    }
    found = cache.get_many(list(keys))
    missing = {key: result for key, result in keys.items() if key not in found}
    pages = {page.pk: page for page in load_opportunities([r["page"].pk for r in missing.values()])}
    rendered = {
        key: _render(request, pages[result["page"].pk], result)
        for key, result in missing.items()
        if result["page"].pk in pages
    }
    if rendered:
        cache.set_many(rendered, CARD_SECONDS)
    for key, result in keys.items():
        # Our own template's output, escaped as it was rendered.
        result["card"] = mark_safe(found.get(key) or rendered.get(key, ""))
    # A listing deleted since the search found it has no card.
    results[:] = [result for result in results if result["card"]]


def _render(request, page, result):
    # A plain Context: the card needs the request (for its link) and nothing the context
    # processors add, which would otherwise run once per card.
    context = Context(
        {
            "request": request,
            "opportunity": page,
            "distance_km": result["distance_km"],
            "promoted": result["promoted"],
            "heading_level": 3,
        }
    )
    return get_template(CARD_TEMPLATE).template.render(context)
