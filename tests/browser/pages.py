"""The main public pages of the browser-test portal, by name (see portal.py)."""

FIXED_PATHS = {
    "home": "/",
    "search-results": "/suche/?q=Lesepat",
    "search-empty": "/suche/?q=Zauberwürfelturnier",
    "municipality": "/orte/viernheim/",
    "registration": "/mitmachen/verein-registrieren/",
    "accessibility-statement": "/barrierefreiheit/",
    "accessibility-feedback": "/mitmachen/barriere-melden/",
    "easy-language": "/leichte-sprache/",
    "finder": "/engagement-finder/",
    "finder-easy": "/engagement-finder/?leicht=1",
    "finder-answers": "/engagement-finder/ergebnis/?category=soziales&near=68519&radius=10",
}
# Pages whose URL comes from the portal's content.
CONTENT_PAGES = ["club", "opportunity", "initiative"]
MAIN_PAGE_NAMES = [*FIXED_PATHS, *CONTENT_PAGES]


def page_path(portal, name):
    return FIXED_PATHS[name] if name in FIXED_PATHS else portal[name].url
