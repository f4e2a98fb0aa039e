"""What the opportunity model guarantees: its club, its coordinates and its validation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from ehrenamt.opportunities.models import Commitment, OpportunityPage

from .factories import ClubPageFactory, OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db


def test_an_opportunity_knows_the_club_it_was_created_under(home_page):
    club = ClubPageFactory()
    opportunity = OpportunityPageFactory(parent=club)
    assert OpportunityPage.objects.get(pk=opportunity.pk).club == club
    assert opportunity.url == f"/vereine/{club.slug}/{opportunity.slug}/"


def test_moving_an_opportunity_to_another_club_moves_its_club_too(home_page):
    first, second = ClubPageFactory(), ClubPageFactory()
    opportunity = OpportunityPageFactory(parent=first)
    opportunity.move(second, pos="last-child")
    assert OpportunityPage.objects.get(pk=opportunity.pk).club == second
    assert list(second.opportunities.all()) == [opportunity.page_ptr.specific]


def test_without_exact_coordinates_the_town_centre_is_used(home_page):
    viernheim = municipality("viernheim")
    opportunity = OpportunityPageFactory(municipality=viernheim)
    assert (opportunity.latitude, opportunity.longitude) == (
        viernheim.latitude,
        viernheim.longitude,
    )


def test_changing_the_municipality_moves_the_coordinates_along(home_page):
    opportunity = OpportunityPageFactory(municipality=municipality("viernheim"))
    opportunity.municipality = municipality("lorsch")
    opportunity.save()
    opportunity.refresh_from_db()
    assert opportunity.latitude == municipality("lorsch").latitude


def test_exact_coordinates_win_over_the_town_centre(home_page):
    opportunity = OpportunityPageFactory(exact_latitude=49.6801, exact_longitude=8.6201)
    assert (opportunity.latitude, opportunity.longitude) == (49.6801, 8.6201)


def test_current_hides_filled_expired_and_unpublished_roles(home_page):
    club = ClubPageFactory()
    current = OpportunityPageFactory(parent=club)
    OpportunityPageFactory(parent=club, filled=True)
    OpportunityPageFactory(parent=club, valid_through=timezone.localdate() - datetime.timedelta(1))
    OpportunityPageFactory(parent=club, live=False)
    assert list(OpportunityPage.objects.current()) == [current]


def test_a_new_listing_is_valid_for_about_six_months_and_confirmed_today(home_page):
    opportunity = OpportunityPage(title="x")
    days = (opportunity.valid_through - timezone.localdate()).days
    assert 180 <= days <= 186
    assert opportunity.last_confirmed == timezone.localdate()


@pytest.mark.parametrize(
    ("fields", "field_in_error", "message"),
    [
        ({"commitment": Commitment.ONE_OFF, "start_date": None}, "start_date", "einmalige"),
        (
            {"start_date": datetime.date(2027, 5, 2), "end_date": datetime.date(2027, 5, 1)},
            "end_date",
            "vor dem Beginn",
        ),
        ({"postcode": "6462"}, "postcode", "fünfstellige"),
        ({"exact_latitude": 49.6, "exact_longitude": None}, "exact_longitude", "zusammen"),
        ({"exact_latitude": 123.0, "exact_longitude": 8.0}, "exact_latitude", "gibt es nicht"),
    ],
)
def test_bad_input_gets_a_german_message_on_the_right_field(
    home_page, fields, field_in_error, message
):
    opportunity = OpportunityPageFactory()
    for name, value in fields.items():
        setattr(opportunity, name, value)
    with pytest.raises(ValidationError) as error:
        opportunity.full_clean()
    assert message in " ".join(error.value.message_dict[field_in_error])
