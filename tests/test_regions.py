import csv
from pathlib import Path

import pytest

from ehrenamt.regions.models import District, Municipality, State

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
KREIS_BERGSTRASSE = [
    "Abtsteinach", "Bensheim", "Biblis", "Birkenau", "Bürstadt", "Einhausen", "Fürth (Odenwald)",
    "Gorxheimertal", "Grasellenbach", "Groß-Rohrheim", "Heppenheim (Bergstraße)",
    "Hirschhorn (Neckar)", "Lampertheim", "Lautertal (Odenwald)", "Lindenfels", "Lorsch",
    "Mörlenbach", "Neckarsteinach", "Rimbach", "Viernheim", "Wald-Michelbach", "Zwingenberg",
]  # fmt: skip

pytestmark = pytest.mark.django_db


def test_the_three_states_of_the_region_are_there():
    assert sorted(State.objects.values_list("code", flat=True)) == ["BW", "HE", "RP"]


def test_all_fifteen_districts_and_district_free_cities():
    assert District.objects.count() == 15
    assert District.objects.filter(kind=District.Kind.CITY).count() == 8
    assert District.objects.get(slug="kreis-bergstrasse").state.code == "HE"


def test_every_municipality_of_the_kreis_bergstrasse_is_present():
    names = set(
        Municipality.objects.filter(district__slug="kreis-bergstrasse").values_list(
            "name", flat=True
        )
    )
    assert names == set(KREIS_BERGSTRASSE)


def test_every_district_free_city_is_also_a_municipality():
    for district in District.objects.filter(kind=District.Kind.CITY):
        assert district.municipalities.count() == 1, district


def test_the_rest_of_the_region_has_at_least_twenty_more_towns():
    others = Municipality.objects.exclude(district__slug="kreis-bergstrasse").exclude(
        district__kind=District.Kind.CITY
    )
    assert others.count() >= 20
    assert {"BW", "RP"} <= set(others.values_list("district__state__code", flat=True))


def test_every_municipality_has_a_postcode_and_coordinates_inside_the_region():
    for place in Municipality.objects.prefetch_related("postcodes"):
        assert place.postcodes.exists(), place
        assert 48.9 < place.latitude < 49.8, place
        assert 7.9 < place.longitude < 9.5, place


@pytest.mark.parametrize(
    ("postcode", "name"),
    [("64625", "Bensheim"), ("68519", "Viernheim"), ("68161", "Mannheim"), ("67346", "Speyer")],
)
def test_a_postcode_resolves_to_its_municipality_and_coordinates(postcode, name):
    place = Municipality.objects.for_postcode(postcode)
    assert place.name == name
    assert place.latitude
    assert place.longitude


@pytest.mark.parametrize("postcode", ["", "6462", "646255", "abcde", "99999", None])
def test_an_unknown_or_malformed_postcode_resolves_to_nothing(postcode):
    assert Municipality.objects.for_postcode(postcode) is None


@pytest.mark.skipif(
    not SHARED_DATA.exists(), reason="shared reference data not beside the checkout"
)
def test_reference_data_matches_the_shared_facts_for_the_kreis_bergstrasse():
    with open(SHARED_DATA / "kreis_bergstrasse.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            place = Municipality.objects.get(name=row["name"])
            assert place.postcodes.filter(code=row["postcode"]).exists()
            assert place.latitude == pytest.approx(float(row["lat"]), abs=0.001)
            assert place.longitude == pytest.approx(float(row["lon"]), abs=0.001)
