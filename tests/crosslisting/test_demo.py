"""The demo that `make run` loads shows imported listings out of the box."""

import io

import pytest
from django.core.management import call_command

from ehrenamt.opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db


def test_seed_demo_with_partner_feeds_imports_the_sample_portals(client, home_page):
    out = io.StringIO()
    call_command("seed_demo", clubs=2, opportunities=4, partner_feeds=True, stdout=out)

    assert "Ehrenamtsbörse Kurpfalz: 4 Angebote übernommen." in out.getvalue()
    imported = OpportunityPage.objects.exclude(source_name="")
    assert imported.count() == 6
    response = client.get("/api/v1/opportunities/", {"state": "rp"}).json()
    assert {result["source"]["name"] for result in response["results"]} == {
        "Freiwilligenportal Vorderpfalz"
    }
