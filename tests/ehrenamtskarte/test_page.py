"""/ehrenamtskarte/: rules per authority, postcode lookup, benefits with filters, map, open data."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from ehrenamt.ehrenamtskarte.demo import DEMO_BENEFITS, create_demo_benefits
from ehrenamt.ehrenamtskarte.models import BenefitCategory, CardBenefit
from tests.ehrenamtskarte.helpers import make_application

pytestmark = pytest.mark.django_db
PAGE = "/ehrenamtskarte/"
ORIGIN = "http://testserver"


@pytest.fixture
def benefits(home_page):
    create_demo_benefits()
    return CardBenefit.objects.all()


def test_the_page_shows_each_authoritys_rules(client, home_page):
    html = client.get(PAGE).content.decode()
    assert "Kreis Bergstraße" in html
    assert "mindestens 5 Stunden pro Woche" in html
    assert "oder 250 Stunden im Jahr" in html
    assert "Ehrenamts-Card online beantragen" in html


def test_the_postcode_names_the_responsible_authority(client, home_page):
    assert (
        "Für Viernheim ist Kreis Bergstraße zuständig."
        in client.get(PAGE, {"plz": "68519"}).content.decode()
    )
    assert "nicht in unserer Region" in client.get(PAGE, {"plz": "<b>🙂"}).content.decode()


def test_benefits_filter_by_place_and_category(client, benefits):
    assert benefits.count() == len(DEMO_BENEFITS)
    everything = client.get(PAGE).content.decode()
    assert "Basinus-Bad Bensheim" in everything
    assert "Waldschwimmbad Viernheim" in everything
    viernheim = client.get(PAGE, {"ort": "viernheim"}).content.decode()
    assert "Waldschwimmbad Viernheim" in viernheim
    assert "Basinus-Bad Bensheim" not in viernheim
    baths = client.get(PAGE, {"kategorie": BenefitCategory.SWIMMING}).content.decode()
    assert "Basinus-Bad Bensheim" in baths
    assert "Museum der Stadt Bensheim" not in baths
    assert client.get(PAGE, {"ort": "<script>", "kategorie": "x"}).status_code == 200


def test_benefits_past_their_validity_disappear(client, benefits):
    museum = CardBenefit.objects.get(partner="Museum der Stadt Bensheim")
    assert "Museum der Stadt Bensheim" in client.get(PAGE).content.decode()
    museum.valid_until = timezone.localdate() - datetime.timedelta(days=1)
    museum.save()
    assert "Museum der Stadt Bensheim" not in client.get(PAGE).content.decode()


def test_the_benefits_map_loads_only_after_consent(client, benefits):
    html = client.get(PAGE).content.decode()
    assert "Karte anzeigen" in html
    assert "leaflet.js" not in html
    client.post("/karte/", {"show": "1", "next": PAGE}, headers={"Origin": ORIGIN})
    html = client.get(PAGE).content.decode()
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert "Basinus-Bad Bensheim" in html.split('id="karte-markers"')[1]


def test_benefits_as_open_data_without_personal_data(client, benefits):
    make_application()
    data = client.get("/api/v1/ehrenamtskarte/verguenstigungen/").json()
    partners = {row["partner"] for row in data["results"]}
    assert "Basinus-Bad Bensheim" in partners
    assert {"partner", "offer", "category", "place", "latitude"} <= set(data["results"][0])
    response = client.get("/opendata/ehrenamtskarte-verguenstigungen.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == len(DEMO_BENEFITS)
    assert "Fröhlich" not in response.content.decode() + str(data)


def test_the_rules_per_authority_as_json(client, home_page):
    data = client.get("/api/v1/ehrenamtskarte/behoerden/").json()
    rules = {row["slug"]: row for row in data["results"]}
    kreis = rules["kreis-bergstrasse"]
    assert (kreis["hours_per_week"], kreis["hours_per_year"], kreis["state"]) == (5, None, "he")
    assert kreis["accepts_online_applications"] is True
    assert rules["ludwigshafen-am-rhein"]["hours_per_year"] == 250
    assert rules["mannheim"]["accepts_online_applications"] is False


def test_changed_rules_show_at_once_even_with_the_page_cache(client, home_page, settings):
    from django.core.cache import cache

    from ehrenamt.ehrenamtskarte.models import IssuingAuthority

    cache.clear()
    settings.PAGE_CACHE_SECONDS = 60
    assert "mindestens 5 Stunden pro Woche" in client.get(PAGE).content.decode()
    kreis = IssuingAuthority.objects.get(slug="kreis-bergstrasse")
    kreis.hours_per_week = 6
    kreis.save()
    assert "mindestens 6 Stunden pro Woche" in client.get(PAGE).content.decode()
