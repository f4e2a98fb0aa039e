"""Each authority's rules applied: age, years of engagement, hours summed, postcode to authority."""

import datetime
from decimal import Decimal

import pytest

from ehrenamt.ehrenamtskarte.area import area_for_postcode
from ehrenamt.ehrenamtskarte.models import Engagement
from ehrenamt.ehrenamtskarte.rules import age_on, check_rules
from tests.ehrenamtskarte.helpers import authority

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 3)
ADULT = datetime.date(1980, 5, 24)


def engagement(hours, since=datetime.date(2020, 1, 1), answer=Engagement.Answer.CONFIRMED, **kw):
    return Engagement(hours_per_week=Decimal(hours), since=since, answer=answer, **kw)


def test_kreis_bergstrasse_wants_five_hours_a_week_for_two_years():
    kreis = authority("kreis-bergstrasse")
    assert (kreis.hours_per_week, kreis.hours_per_year, kreis.years_of_engagement) == (5, None, 2)
    assert check_rules(kreis, ADULT, [engagement(5)], today=TODAY).all_met
    assert not check_rules(kreis, ADULT, [engagement("4.5")], today=TODAY).hours_met


def test_rheinland_pfalz_takes_five_a_week_or_250_a_year():
    ludwigshafen = authority("ludwigshafen-am-rhein")
    assert (ludwigshafen.hours_per_week, ludwigshafen.hours_per_year) == (5, 250)
    # 4.9 hours a week are 254.8 hours a year: enough under the yearly rule only.
    assert check_rules(ludwigshafen, ADULT, [engagement("4.9")], today=TODAY).hours_met
    assert not check_rules(
        authority("kreis-bergstrasse"), ADULT, [engagement("4.9")], today=TODAY
    ).hours_met
    assert not check_rules(ludwigshafen, ADULT, [engagement("4.5")], today=TODAY).hours_met


def test_a_city_without_card_takes_no_online_applications():
    mannheim = authority("mannheim")
    assert not mannheim.accepts_online_applications
    assert check_rules(mannheim, ADULT, [engagement(10)], today=TODAY).hours_met is False


def test_hours_of_several_engagements_are_summed():
    kreis = authority()
    check = check_rules(kreis, ADULT, [engagement(3), engagement("2.5")], today=TODAY)
    assert check.weekly_hours == Decimal("5.5")
    assert check.yearly_hours == Decimal("286.0")
    assert check.all_met
    assert not check_rules(kreis, ADULT, [engagement(3)], today=TODAY).hours_met


def test_declined_and_too_recent_engagements_do_not_count():
    kreis = authority()
    declined = engagement(10, answer=Engagement.Answer.DECLINED)
    recent = engagement(10, since=datetime.date(2025, 6, 1))
    check = check_rules(kreis, ADULT, [declined, recent, engagement(2)], today=TODAY)
    assert check.weekly_hours == 2
    assert check.not_counted == [declined, recent]
    corrected = engagement(
        10, answer=Engagement.Answer.CORRECTED, confirmed_hours_per_week=Decimal(3)
    )
    assert check_rules(kreis, ADULT, [corrected], today=TODAY).weekly_hours == 3


def test_age_on_and_the_minimum_age():
    assert age_on(datetime.date(2010, 12, 4), TODAY) == 15
    assert age_on(datetime.date(2010, 12, 3), TODAY) == 16
    kreis = authority()
    assert not check_rules(kreis, datetime.date(2010, 12, 4), [engagement(6)], today=TODAY).age_met
    assert check_rules(kreis, datetime.date(2010, 12, 3), [engagement(6)], today=TODAY).age_met


@pytest.mark.parametrize(
    ("postcode", "place", "issuer"),
    [
        ("64625", "Bensheim", "Kreis Bergstraße"),
        ("68519", "Viernheim", "Kreis Bergstraße"),
        ("67059", "Ludwigshafen am Rhein", "Stadt Ludwigshafen am Rhein"),
        ("68159", "Mannheim", "Stadt Mannheim"),
    ],
)
def test_the_postcode_decides_the_authority(postcode, place, issuer):
    area = area_for_postcode(postcode)
    assert area.municipality.name == place
    assert area.authority.name == issuer


@pytest.mark.parametrize("postcode", ["10115", "6462x", "", "64625🙂"])
def test_unknown_postcodes_have_no_authority(postcode):
    area = area_for_postcode(postcode)
    assert (area.municipality, area.authority) == (None, None)
