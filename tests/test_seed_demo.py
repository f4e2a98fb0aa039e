import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from ehrenamt.clubs.models import ClubIndexPage, ClubPage
from ehrenamt.demo.builder import load_places
from ehrenamt.demo.plan import DemoPlan
from ehrenamt.opportunities.models import Commitment, OpportunityPage

pytestmark = pytest.mark.django_db

SMALL = {"clubs": 6, "opportunities": 30, "seed": 7}


def seed(**options):
    out = StringIO()
    call_command("seed_demo", **{**SMALL, **options}, stdout=out)
    return out.getvalue()


def titles():
    return dict(Page.objects.type(ClubPage, OpportunityPage).values_list("url_path", "title"))


def test_creates_the_requested_clubs_and_opportunities():
    output = seed()

    assert ClubPage.objects.live().count() == 6
    assert OpportunityPage.objects.live().count() == 30
    assert "Vereine: 6 neu" in output
    assert "30 neu" in output


def test_most_clubs_are_in_the_kreis_bergstrasse_the_others_in_the_region():
    seed(clubs=10, opportunities=0)
    states = list(
        ClubPage.objects.values_list(
            "municipality__district__slug", "municipality__district__state__code"
        )
    )

    in_kreis = [district for district, _state in states if district == "kreis-bergstrasse"]
    assert len(in_kreis) == 8
    assert {state for district, state in states if district != "kreis-bergstrasse"} <= {"BW", "RP"}


def test_every_commitment_comes_with_its_details():
    seed()
    opportunities = OpportunityPage.objects.all()

    assert {o.commitment for o in opportunities} == set(Commitment.values)
    for opportunity in opportunities:
        if opportunity.commitment == Commitment.ONE_OFF:
            assert opportunity.start_date is not None
        if opportunity.commitment == Commitment.REGULAR:
            assert opportunity.hours_per_week
        assert opportunity.schedule
        assert opportunity.categories.exists()
        assert opportunity.languages.filter(slug="deutsch").exists()


def test_a_second_run_adds_nothing():
    seed()
    output = seed()

    assert ClubPage.objects.count() == 6
    assert OpportunityPage.objects.count() == 30
    assert "Vereine: 0 neu, 6 schon vorhanden" in output
    assert "0 neu, 30 schon vorhanden" in output
    assert Page.find_problems() == ([], [], [], [], [])


def test_asking_for_more_keeps_what_is_there_and_adds_the_rest():
    seed()
    before = titles()
    seed(clubs=12, opportunities=45)

    assert ClubPage.objects.count() == 12
    assert OpportunityPage.objects.count() == 45
    after = titles()
    assert {url: after[url] for url in before} == before
    assert Page.find_problems() == ([], [], [], [], [])


def test_same_seed_gives_the_same_titles_another_seed_others():
    seed()
    first = titles()
    ClubPage.objects.all().delete()
    seed()
    assert titles() == first

    ClubPage.objects.all().delete()
    seed(seed=8)
    assert titles() != first


def test_if_empty_leaves_an_existing_directory_alone():
    seed(clubs=2, opportunities=3)
    output = seed(if_empty=True)

    assert ClubPage.objects.count() == 2
    assert "keine Demo-Daten" in output


def test_bad_counts_get_a_german_error():
    with pytest.raises(CommandError, match="mindestens einen Verein"):
        seed(clubs=0, opportunities=5)
    with pytest.raises(CommandError, match="nicht negativ"):
        seed(clubs=-1)


def test_the_bulk_written_tree_is_sound():
    seed()
    index = ClubIndexPage.objects.get()

    assert Page.find_problems() == ([], [], [], [], [])
    index.refresh_from_db()
    assert index.numchild == 6
    for club in ClubPage.objects.all():
        assert club.numchild == club.get_children().count()
        assert club.opportunities.count() == club.numchild


def test_bulk_written_pages_have_working_urls_and_render(client):
    seed()
    opportunity = OpportunityPage.objects.current().select_related("club").first()
    club = opportunity.club

    assert opportunity.url == f"/vereine/{club.slug}/{opportunity.slug}/"
    club_response = client.get(club.url)
    assert club_response.status_code == 200
    assert club.title in club_response.text
    response = client.get(opportunity.url)
    assert response.status_code == 200
    assert opportunity.title in response.text


def test_the_search_index_knows_the_new_opportunities():
    seed()
    opportunity = OpportunityPage.objects.order_by("path").last()
    word = max(opportunity.title.replace(":", " ").split(), key=len)

    assert opportunity in OpportunityPage.objects.live().search(word)


def test_clubs_share_a_few_generated_logos():
    seed()
    logos = {club.logo_id for club in ClubPage.objects.exclude(logo=None)}

    assert logos
    images = get_image_model().objects.filter(pk__in=logos)
    assert all(image.collection.name == "Demo" and image.width > 0 for image in images)


def test_the_plan_covers_every_kind_of_field():
    """The variety a demo needs, checked on a larger plan without writing it."""
    today = timezone.localdate()
    places = [place for _municipality, place in load_places().values()]
    plan = DemoPlan(7, places, today, timezone.now())
    clubs = plan.clubs(50)
    opportunities = list(plan.opportunities(500, clubs))
    fields = [o.fields for o in opportunities]

    assert {c.club.slug for c in opportunities} == {club.slug for club in clubs}
    assert any(f["filled"] for f in fields)
    assert any(f["valid_through"] < today for f in fields)
    assert all(f["valid_through"] < today + datetime.timedelta(days=250) for f in fields)
    assert any(f["remote_possible"] for f in fields)
    assert any(f["minimum_age"] for f in fields)
    assert any(f["step_free"] and f["accessible_wc"] for f in fields)
    assert any(f["sign_language"] for f in fields)
    assert any(f["easy_language"] for f in fields)
    assert any(len(o.relations["languages"]) > 1 for o in opportunities)
    exact = [
        (o.club.place, o.fields) for o in opportunities if o.fields["exact_latitude"] is not None
    ]
    assert exact
    for place, f in exact:
        assert abs(f["exact_latitude"] - place.latitude) < 0.02
        assert abs(f["exact_longitude"] - place.longitude) < 0.02
