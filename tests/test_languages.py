"""German by default, English on request or by the language switch; pages cached per language."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    from django.core.cache import cache

    cache.clear()
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture(autouse=True)
def german_afterwards(settings):
    """LocaleMiddleware leaves the last request's language active in the test thread."""
    from django.utils import translation

    yield
    translation.activate(settings.LANGUAGE_CODE)


def test_a_browser_without_preference_gets_german(client, home_page):
    html = client.get("/suche/").content.decode()
    assert '<html lang="de">' in html
    assert "Engagement finden" in html
    assert ">English</button>" in html


def test_a_browser_asking_for_english_gets_english(client, home_page):
    html = client.get("/suche/", headers={"Accept-Language": "en-GB,en;q=0.9"}).content.decode()
    assert '<html lang="en">' in html
    assert "Find volunteering" in html
    assert ">Deutsch</button>" in html


def test_german_and_english_pages_are_cached_apart(client, home_page):
    english = client.get("/", headers={"Accept-Language": "en"})
    german = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9"})
    assert "Skip to content" in english.content.decode()
    assert "Zum Inhalt springen" in german.content.decode()
    assert "Accept-Language" in german.headers["Vary"]


def test_language_switch_keeps_the_page_and_the_choice(client, home_page):
    response = client.post("/sprache/", {"language": "en", "next": "/suche/?q=Garten"})
    assert response.status_code == 302
    assert response.url == "/suche/?q=Garten"
    html = client.get("/suche/?q=Garten").content.decode()
    assert "Find volunteering" in html
    client.post("/sprache/", {"language": "de", "next": "/"})
    assert "Engagement finden" in client.get("/suche/").content.decode()


def test_english_form_errors_and_content_stays_german(client, home_page):
    client.post("/sprache/", {"language": "en", "next": "/"})
    html = client.get("/suche/", {"near": "99999"}).content.decode()
    assert "Please give a five-digit postcode from the region or a place." in html
    statement = client.get("/barrierefreiheit/").content.decode()
    assert "Erklärung zur Barrierefreiheit" in statement
    assert "Report a barrier" in statement


def test_english_catalogue_has_no_gaps():
    """Every message in locale/en is translated and none is marked fuzzy (msgfmt would skip it)."""
    from django.conf import settings

    catalogue = (settings.BASE_DIR / "locale/en/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    entries = catalogue.split("\n\n")[1:]
    untranslated = [
        entry
        for entry in entries
        if entry.strip() and (entry.rstrip().endswith('msgstr ""') or "#, fuzzy" in entry)
    ]
    assert untranslated == []
    compiled = settings.BASE_DIR / "locale/en/LC_MESSAGES/django.mo"
    assert compiled.stat().st_size > 10_000


def test_search_box_passes_its_script_texts_in_the_chosen_language(client, home_page):
    html = client.get("/suche/", headers={"Accept-Language": "en"}).content.decode()
    assert 'data-text-list="Suggestions"' in html
    assert 'data-text-count="%(count)s suggestions. Choose with the arrow keys."' in html
    german = client.get("/suche/").content.decode()
    assert 'data-text-count="%(count)s Vorschläge. Mit den Pfeiltasten auswählen."' in german
