"""The club directory at /vereine/ filters by place and engagement area and finds clubs by name."""

import pytest
from bs4 import BeautifulSoup

from ehrenamt.taxonomy.models import Category
from tests.factories import ClubPageFactory, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def clubs(home_page):
    sport = Category.objects.get(slug="sport")
    culture = Category.objects.get(slug="kultur-musik")
    ClubPageFactory(title="TV Bensheim 1861", categories=[sport])
    ClubPageFactory(title="Gesangverein Bensheim", categories=[culture])
    ClubPageFactory(
        title="SG Viernheim", municipality=municipality("viernheim"), categories=[sport, culture]
    )


def club_names(client, **params):
    response = client.get("/vereine/", params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".club-list .card__title")], soup


def test_filters_by_municipality(client, clubs):
    names, _ = club_names(client, municipality="viernheim")
    assert names == ["SG Viernheim"]


def test_filters_by_category(client, clubs):
    names, _ = club_names(client, category="kultur-musik")
    assert names == ["Gesangverein Bensheim", "SG Viernheim"]


def test_finds_clubs_by_name_with_other_filters(client, clubs):
    assert club_names(client, q="bensheim")[0] == ["Gesangverein Bensheim", "TV Bensheim 1861"]
    assert club_names(client, q="bensheim", category="sport")[0] == ["TV Bensheim 1861"]


def test_filter_form_has_labels_and_keeps_choices(client, clubs):
    _, soup = club_names(client, municipality="viernheim", q="SG")
    form = soup.select_one("form.club-filter")
    assert form["method"] == "get"
    for control in form.select("input, select"):
        assert soup.select_one(f'label[for="{control["id"]}"]')
    assert soup.select_one("#club-filter-municipality option[selected]")["value"] == "viernheim"
    assert soup.select_one("#club-filter-q")["value"] == "SG"
    # Only places that have clubs are offered.
    places = [o["value"] for o in soup.select("#club-filter-municipality option") if o["value"]]
    assert places == ["bensheim", "viernheim"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"municipality": "atlantis"}, "Diesen Ort kennen wir nicht."),
        ({"category": "<script>x</script>"}, "Diesen Engagementbereich kennen wir nicht."),
        ({"category": "sport\x00"}, "Diesen Engagementbereich kennen wir nicht."),
        ({"q": "x" * 500}, "höchstens 100 Zeichen"),
    ],
)
def test_bad_filter_is_named_and_ignored(client, clubs, params, message):
    names, soup = club_names(client, **params)
    assert message in soup.select_one('[role="alert"]').get_text()
    assert len(names) == 3
    assert "<script>x" not in str(soup)


def test_queries_do_not_grow_with_clubs(client, clubs, django_assert_max_num_queries):
    with django_assert_max_num_queries(30) as few:
        client.get("/vereine/", {"category": "sport", "q": "e"})
    for number in range(10):
        ClubPageFactory(
            title=f"Sportfreunde {number}", categories=[Category.objects.get(slug="sport")]
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/vereine/", {"category": "sport", "q": "e"})
