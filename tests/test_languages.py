"""German by default, English on request or by the language switch; pages cached per language."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
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


TRANSLATION_CALLS = {
    "_",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
}


def catalogue_entries():
    """{msgid: [msgstr, ...]} of the English catalogue, read the way msgfmt reads it."""
    import ast

    from django.conf import settings

    catalogue = (settings.BASE_DIR / "locale/en/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    entries = {}
    for block in catalogue.split("\n\n"):
        fields, current = {}, None
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            if line.startswith("msg"):
                current, _space, line = line.partition(" ")
                fields[current] = ""
            if current and line.startswith('"'):
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            entries[fields["msgid"]] = [v for k, v in fields.items() if k.startswith("msgstr")]
    return entries


def source_messages():
    """Every message the templates and our Python code mark for translation."""
    import ast
    import re

    from django.conf import settings
    from django.utils.translation.template import templatize

    messages = set()
    literal = r"u'(?:[^'\\]|\\.)*'"
    for template in (settings.BASE_DIR / "templates").rglob("*.*"):
        source = templatize(template.read_text(encoding="utf-8"), origin=str(template))
        for match in re.finditer(rf"\bn?gettext\(({literal})", source):
            messages.add(ast.literal_eval(match.group(1)).replace("%%", "%"))
    for folder in ("ehrenamt", "home", "search"):
        for module in (settings.BASE_DIR / folder).rglob("*.py"):
            if "migrations" in module.parts:
                continue
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", getattr(node.func, "attr", None))
                    in TRANSLATION_CALLS
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    messages.add(node.args[0].value)
    return messages


def test_every_marked_text_has_an_english_translation():
    """A text marked for translation but missing from the catalogue stays German in English."""
    entries = {msgid.replace("%%", "%"): msgstrs for msgid, msgstrs in catalogue_entries().items()}
    messages = source_messages()

    assert len(messages) > 500
    missing = sorted(message for message in messages if message not in entries)
    assert missing == []
    empty = sorted(m for m in messages if not all(entries[m]))
    assert empty == []


def test_templates_put_the_article_before_a_district_or_region():
    """ "in Kreis Bergstraße" is wrong German: districts and regions take "im" or "in der"."""
    import re

    from django.conf import settings

    wrong = re.compile(
        r"\bin (Kreis|Landkreis|Metropolregion|Region|Rhein-Neckar-Kreis)\b"
        r"|\bin \{\{ *(place|page\.title|district\.name|area)[^}]*\}\}"
    )
    offenders = [
        f"{template.relative_to(settings.BASE_DIR)}: {match.group(0)}"
        for template in (settings.BASE_DIR / "templates").rglob("*.html")
        for match in wrong.finditer(template.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_landing_pages_say_im_kreis_and_in_der_metropolregion(client, home_page):
    kreis = client.get("/orte/kreis-bergstrasse/").text
    region = client.get("/orte/metropolregion/").text

    assert "Ehrenamt im Kreis Bergstraße" in kreis
    assert "Ehrenamt in Kreis" not in kreis
    assert "Ehrenamt in der Metropolregion Rhein-Neckar" in region
    english = client.get("/orte/kreis-bergstrasse/", headers={"Accept-Language": "en"}).text
    assert "Volunteering in Kreis Bergstraße" in english


def test_english_interface_translates_taxonomy_and_marks_german_content(client, home_page):
    from ehrenamt.taxonomy.models import Category
    from tests.factories import OpportunityPageFactory

    opportunity = OpportunityPageFactory(
        hours_per_week=1, categories=[Category.objects.get(slug="umwelt-naturschutz")]
    )
    german = client.get(opportunity.url).text
    assert "etwa 1 Stunde pro Woche" in german
    assert "Umwelt &amp; Naturschutz" in german
    assert f"<h1>{opportunity.title}</h1>" in german

    english = client.get(opportunity.url, headers={"Accept-Language": "en"}).text
    assert "about 1 hour per week" in english
    assert "Environment &amp; nature" in english
    assert f'<h1 lang="de">{opportunity.title}</h1>' in english
    assert 'href="#mitmachen">Join in now</a>' in english


def test_search_facets_name_areas_and_groups_in_the_visitors_language(client, home_page):
    from ehrenamt.taxonomy.models import Category, TargetGroup
    from tests.factories import OpportunityPageFactory

    families = TargetGroup.objects.get(slug="familien")
    OpportunityPageFactory(
        categories=[Category.objects.get(slug="umwelt-naturschutz")], target_groups=[families]
    )
    german = client.get("/suche/").text
    assert "Umwelt &amp; Naturschutz" in german
    assert families.name in german

    english = client.get("/suche/", headers={"Accept-Language": "en"}).text
    assert "Environment &amp; nature" in english
    assert families.name_en in english
    assert "Umwelt &amp; Naturschutz" not in english
