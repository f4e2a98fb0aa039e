"""The numbers of the statistics view against seeded clubs, roles and inquiries."""

import datetime

import pytest
from django.utils import timezone

from ehrenamt.statistics.models import ZeroResultSearch
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

from .conftest import URL, inquiry
from .tables import row, table

pytestmark = pytest.mark.django_db


def page(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


def test_figures_per_municipality(superuser, seeded):
    html = page(superuser)
    assert row(html, "bensheim") == {
        "clubs": "2",
        "opportunities": "2",
        "expiring": "1",
        "inquiries": "4",
        "answered_percent": "75,0",
        "median_hours": "4,0",
        "zero_results": "0",
    }
    assert row(html, "viernheim") == {
        "clubs": "1",
        "opportunities": "1",
        "expiring": "0",
        "inquiries": "2",
        "answered_percent": "100,0",
        "median_hours": "2,0",
        "zero_results": "0",
    }
    # The median of 1, 2, 3, 4 and 10 hours over both places; 5 of 6 answered.
    total = row(html, "total")
    assert (total["inquiries"], total["answered_percent"], total["median_hours"]) == (
        "6",
        "83,3",
        "3,0",
    )
    assert row(html, "heppenheim") is None


def test_figures_per_category(superuser, seeded):
    html = page(superuser)
    categories = table(html, "statistics-categories")
    assert row(categories, "soziales") == {
        "clubs": "2",
        "opportunities": "2",
        "expiring": "0",
        "inquiries": "5",
        "answered_percent": "100,0",
        "median_hours": "3,0",
        "zero_results": "0",
    }
    assert row(categories, "sport") == {
        "clubs": "0",
        "opportunities": "1",
        "expiring": "1",
        "inquiries": "1",
        "answered_percent": "0,0",
        "median_hours": "\u2013",  # an en dash: no answer yet
        "zero_results": "0",
    }
    assert row(categories, "tierschutz")["opportunities"] == "0"


def test_period_limits_inquiries_and_searches(superuser, seeded):
    today = timezone.localdate()
    old = today - datetime.timedelta(days=730)
    ZeroResultSearch.objects.create(text="reiten", searched_on=old).municipalities.set(
        [municipality("bensheim")]
    )
    html = page(
        superuser,
        date_from=(old - datetime.timedelta(days=1)).strftime("%d.%m.%Y"),
        date_to=(old + datetime.timedelta(days=1)).isoformat(),
    )
    bensheim = row(html, "bensheim")
    assert (bensheim["inquiries"], bensheim["median_hours"], bensheim["zero_results"]) == (
        "1",
        "50,0",
        "1",
    )
    assert "reiten" in html
    assert "reiten" not in page(superuser)


def test_period_ends_are_inclusive_days(superuser, seeded):
    fifteen_days_ago = timezone.localdate() - datetime.timedelta(days=15)
    recent = page(superuser, date_from=fifteen_days_ago.isoformat())
    assert (row(recent, "bensheim")["inquiries"], row(recent, "viernheim")["inquiries"]) == (
        "4",
        "1",
    )
    earlier = page(superuser, date_to=fifteen_days_ago.isoformat())
    assert (row(earlier, "bensheim")["inquiries"], row(earlier, "viernheim")["inquiries"]) == (
        "0",
        "1",
    )
    ten_days_ago = timezone.localdate() - datetime.timedelta(days=10)
    one_day = page(superuser, date_from=ten_days_ago.isoformat(), date_to=ten_days_ago.isoformat())
    assert row(one_day, "bensheim")["inquiries"] == "4"


def test_municipality_filter(superuser, seeded):
    html = page(superuser, municipality="viernheim")
    assert row(html, "viernheim")["inquiries"] == "2"
    assert row(html, "bensheim") is None
    assert row(table(html, "statistics-categories"), "soziales")["inquiries"] == "2"
    assert row(html, "total")["clubs"] == "1"


def test_bad_filters_get_german_messages(superuser, seeded):
    response = superuser.get(URL, {"date_from": "31.02.2026"})
    assert response.status_code == 400
    assert "Bitte geben Sie ein gültiges Datum an" in response.content.decode()
    response = superuser.get(URL, {"date_from": "2026-03-01", "date_to": "2026-02-01"})
    assert response.status_code == 400
    assert "Das Enddatum darf nicht vor dem Anfangsdatum liegen." in response.content.decode()
    response = superuser.get(URL, {"municipality": "atlantis"})
    assert response.status_code == 400
    assert "Für diesen Ort können Sie keine Statistik sehen." in response.content.decode()


def test_chart_is_drawn_on_the_server_with_a_text_alternative(superuser, seeded):
    html = page(superuser)
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="statistics-chart" role="img"' in html
    assert '<title id="chart-categories-title">Aktuelle Angebote je Engagementbereich</title>' in (
        html
    )
    assert "Soziales: 2; " in html
    assert "Bensheim: 2; Viernheim: 1</desc>" in html


def test_queries_do_not_grow_with_the_data(superuser, seeded, django_assert_max_num_queries):
    with django_assert_max_num_queries(60) as few:
        page(superuser)
    for slug in ("heppenheim", "lampertheim", "lorsch"):
        club = ClubPageFactory(municipality=municipality(slug))
        for _ in range(3):
            opportunity = OpportunityPageFactory(parent=club)
            inquiry(opportunity, answered_after_hours=5)
        ZeroResultSearch.objects.create(text=f"nichts in {slug}").municipalities.set(
            [municipality(slug)]
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert row(page(superuser), "lorsch")["inquiries"] == "3"
