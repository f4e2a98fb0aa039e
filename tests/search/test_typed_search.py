"""Places and words as people type them: names in any spelling, ß/ss and umlauts, "Meinten Sie"."""

import re

import pytest

from ehrenamt.regions.models import Municipality
from ehrenamt.regions.places import find_place
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

API = "/api/v1/opportunities/"
PAGE = "/suche/"
SPELLINGS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)
PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(answer):
    return {result["title"] for result in answer["results"]}


def ways_of_typing(name):
    without_brackets = re.sub(r"\s*\(.*\)", "", name)
    typed = {name, name.lower(), name.upper(), without_brackets, without_brackets.lower()}
    typed |= {text.translate(SPELLINGS) for text in list(typed)}
    typed |= {text.translate(PLAIN) for text in list(typed)}
    return typed


def test_every_place_of_the_reference_data_is_found_however_it_is_typed(home_page):
    places = list(Municipality.objects.select_related("district__state"))
    assert {place.district.state.slug for place in places} == {"he", "bw", "rp"}
    for place in places:
        for typed in ways_of_typing(place.name) | {place.slug}:
            match = find_place(typed)
            assert match.municipality is not None, typed
            # Another place may share the short name; then it is offered, never lost.
            assert place in [match.municipality, *match.others], typed


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("Bensheim", "bensheim"),
        ("  bensheim ", "bensheim"),
        ("Fürth", "fuerth-odenwald"),
        ("Fuerth", "fuerth-odenwald"),
        ("FURTH (ODENWALD)", "fuerth-odenwald"),
        ("Heppenheim", "heppenheim"),
        ("heppenheim (bergstrasse)", "heppenheim"),
        ("Ludwigshafen", "ludwigshafen-am-rhein"),
        ("64646", "heppenheim"),
    ],
)
def test_near_takes_names_as_people_type_them(client, world, typed, slug):
    place = municipality(slug)
    answer = search(client, near=typed, radius="25")
    assert answer["sort"] == "distance"  # a place without words: nearest first
    assert answer["results"], typed
    distances = [result["distance_km"] for result in answer["results"]]
    assert distances == sorted(distances)
    nearest = answer["results"][0]["municipality"]["slug"]
    if slug in {"bensheim", "heppenheim"}:
        assert nearest == slug
    page = client.get(PAGE, {"near": typed})
    assert page.status_code == 200
    assert place.name in page.content.decode()


def test_an_unknown_place_offers_the_closest_names_and_keeps_everything_typed(client, world):
    params = {"near": "Bensheym", "radius": "25", "q": "Baum", "category": "umwelt-naturschutz"}
    response = client.get(API, params)
    assert response.status_code == 400
    answer = response.json()
    assert list(answer["errors"]) == ["near"]
    assert "Meinten Sie Bensheim" in answer["errors"]["near"][0]
    assert answer["did_you_mean"]["near"][0] == "Bensheim"

    page = client.get(PAGE, params)
    assert page.status_code == 400
    body = page.content.decode()
    assert 'value="Bensheym"' in body
    assert 'value="Baum"' in body
    assert '<option value="25" selected>' in body
    assert 'type="hidden" name="category" value="umwelt-naturschutz"' in body
    # The offered place is a link that searches again with everything else kept.
    link = re.search(r'<a href="(\?[^"]*near=Bensheim[^"]*)">Bensheim</a>', body)
    assert link
    assert "radius=25" in link.group(1)
    again = client.get(PAGE + link.group(1).replace("&amp;", "&"))
    assert again.status_code == 200
    assert "Baumpflege im Stadtpark" in again.content.decode()


def test_a_name_of_several_places_takes_the_nearest_and_offers_the_others(client, home_page):
    home = Municipality.objects.get(slug="bensheim")
    twin = Municipality.objects.create(
        name="Bensheim (Ostsee)",
        slug="bensheim-ostsee",
        district=home.district.__class__.objects.exclude(pk=home.district_id).first(),
        latitude=54.1,
        longitude=10.9,
    )
    match = find_place("bensheim")
    assert (match.municipality, match.others) == (home, [twin])
    answer = search(client, near="Bensheim")
    assert answer["other_places"] == [{"slug": "bensheim-ostsee", "name": "Bensheim (Ostsee)"}]
    body = client.get(PAGE, {"near": "Bensheim"}).content.decode()
    assert "Bensheim (Ostsee)</a>" in body


def test_distance_without_a_place_falls_back_with_a_notice(client, world):
    answer = search(client, sort="distance")
    assert answer["count"] == 5
    assert answer["sort"] == "newest"
    assert "Entfernung" in answer["notices"][0]
    page = client.get(PAGE, {"sort": "distance", "q": "Baumpflege"})
    assert page.status_code == 200
    assert "Nach Entfernung sortieren geht nur mit Postleitzahl oder Ort" in page.content.decode()


def test_words_match_whatever_the_spelling_of_sharp_s_and_umlauts(client, world, engine):
    club = ClubPageFactory(title="SV Großsachsen", municipality=municipality("weinheim"))
    OpportunityPageFactory(
        parent=club,
        title="Fußballtraining für Mädchen",
        summary="Jeden Dienstag auf dem Rasenplatz an der Straße zum Wald.",
    )
    if engine == "elasticsearch":
        from search.elastic.index import rebuild_index

        rebuild_index()
    for typed in ("Fußballtraining", "fussballtraining", "FUSSBALLTRAINING", "Fussballtraining"):
        assert titles(search(client, q=typed)) == {"Fußballtraining für Mädchen"}, typed
    for typed in ("Mädchen", "Maedchen", "madchen"):
        assert titles(search(client, q=typed)) == {"Fußballtraining für Mädchen"}, typed
    for typed in ("Strasse", "Straße"):
        assert titles(search(client, q=typed)) == {"Fußballtraining für Mädchen"}, typed
    assert titles(search(client, q="Baeume")) >= {"Baumpflege im Stadtpark"}


def test_a_word_without_hits_offers_the_nearest_known_word(client, world, engine):
    answer = search(client, q="Hausaufgabnhilfe")
    assert answer["count"] == 0
    assert answer["did_you_mean"] == {"q": "hausaufgabenhilfe"}
    body = client.get(PAGE, {"q": "Hausaufgabnhilfe", "near": "Viernheim"}).content.decode()
    assert "Meinten Sie" in body
    link = re.search(r'<a href="(\?[^"]*)">hausaufgabenhilfe</a>', body).group(1)
    followed = client.get(PAGE + link.replace("&amp;", "&")).content.decode()
    assert "1 Angebot gefunden" in followed
    # Found words need no correction; words nobody uses get none.
    assert "did_you_mean" not in search(client, q="Hausaufgabenhilfe")
    assert "did_you_mean" not in search(client, q="Quantenphysik")


@pytest.mark.parametrize("q", ["!!!", "🎉🙂", "„…“", "*", '"', "AND", "NEAR(", "-", "^", "ß"])
def test_any_words_answer_without_error(client, world, q):
    assert client.get(API, {"q": q}).status_code == 200
    assert client.get(PAGE, {"q": q}).status_code == 200
