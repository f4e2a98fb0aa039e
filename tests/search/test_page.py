"""The HTML search page at /suche/: a plain GET form that works without JavaScript."""

import pytest
from bs4 import BeautifulSoup

from ehrenamt.taxonomy.models import Category
from tests.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db


def page(client, status=200, **params):
    response = client.get("/suche/", params)
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def result_titles(soup):
    return [h.get_text(strip=True) for h in soup.select(".search-results__list .card__title")]


def test_shows_result_count_and_results(client, world):
    soup = page(client, q="Baum")
    assert "2 Angebote gefunden" in soup.select_one(".search-results__count").get_text(
        " ", strip=True
    )
    assert set(result_titles(soup)) == {"Baumpflege im Stadtpark", "Pflanzaktion im Luisenpark"}


def test_is_a_get_form_with_labelled_controls(client, world):
    soup = page(client)
    form = soup.select_one("form.search-form")
    assert form["method"] == "get"
    assert form["action"] == "/suche/"
    for control in form.select("input:not([type=hidden]), select"):
        assert soup.select_one(f'label[for="{control["id"]}"]'), control


def test_filters_show_counts(client, world):
    labels = [label.get_text(" ", strip=True) for label in page(client).select(".facet label")]
    assert "Umwelt & Naturschutz (2)" in labels
    assert "Hessen (3)" in labels
    assert "Baden-Württemberg (1)" in labels


def test_filter_counts_follow_a_new_role_and_the_visitors_language(client, world):
    def labels(**headers):
        soup = BeautifulSoup(client.get("/suche/", headers=headers).content, "html.parser")
        return [label.get_text(" ", strip=True) for label in soup.select(".facet label")]

    assert "Umwelt & Naturschutz (2)" in labels()
    assert "Environment & nature (2)" in labels(accept_language="en")
    OpportunityPageFactory(
        parent=world.tree_care.get_parent(),
        title="Bachpatenschaft",
        categories=list(Category.objects.filter(slug="umwelt-naturschutz")),
    )
    assert "Umwelt & Naturschutz (3)" in labels()
    assert "Umwelt & Naturschutz (2)" not in labels()


def test_checked_filter_narrows_and_keeps_other_options(client, world):
    soup = page(client, municipality="viernheim")
    assert result_titles(soup) == ["Hausaufgabenhilfe"]
    checked = soup.select('input[name="municipality"][checked]')
    assert [box["value"] for box in checked] == ["viernheim"]
    # The other places stay selectable (multi-select).
    assert soup.select_one('input[name="municipality"][value="bensheim"]')


def test_active_filters_are_listed_and_removable(client, world):
    soup = page(client, municipality=["viernheim", "bensheim"], q="hilfe")
    links = {
        a.get_text(" ", strip=True).removesuffix("\N{MULTIPLICATION SIGN}").strip(): a["href"]
        for a in soup.select(".active-filters__remove")
    }
    remove_viernheim = links["Ort: Viernheim (Filter entfernen)"]
    assert "viernheim" not in remove_viernheim
    assert "municipality=bensheim" in remove_viernheim
    assert "q=hilfe" in remove_viernheim
    assert "Suchbegriff: hilfe (Filter entfernen)" in links


def test_empty_result_suggests_widening(client, world):
    soup = page(client, q="Quantenphysik", near="64625", radius=5, category="sport")
    text = soup.select_one(".empty-result").get_text(" ", strip=True)
    assert "kein passendes Angebot" in text
    hints = {a.get_text(strip=True): a["href"] for a in soup.select(".empty-result a")}
    assert "radius=10" in hints["Umkreis auf 10 km erweitern"]
    assert "q=" not in hints["Ohne Suchbegriff suchen"]
    assert hints["Alle Filter entfernen"] == "?q=Quantenphysik"


def test_pagination_links_keep_the_search(client, world):
    soup = page(client, q="", page_size=2, sort="deadline")
    next_link = soup.select_one('.pagination a[rel="next"]')
    assert "page=2" in next_link["href"]
    assert "sort=deadline" in next_link["href"]


def test_radius_search_shows_distance(client, world):
    soup = page(client, near="64625", radius=10, sort="distance")
    assert "4,5 km entfernt" in soup.get_text() or "4.5 km entfernt" in soup.get_text()


def test_bad_input_shows_german_message_and_keeps_input(client, world):
    soup = page(client, status=400, q="Garten", radius="-5")
    alert = soup.select_one('[role="alert"]')
    assert "Der Umkreis muss eine ganze Zahl von 1 bis 200 km sein." in alert.get_text()
    assert soup.select_one("#id_q")["value"] == "Garten"
