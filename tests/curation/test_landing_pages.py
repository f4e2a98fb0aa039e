import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.models import (
    FeaturedClub,
    FeaturedOpportunity,
    HomeFeature,
    InitiativeClub,
    InitiativeIndexPage,
    InitiativeOpportunity,
    InitiativePage,
    MunicipalityPage,
)
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today


def landing(slug):
    return MunicipalityPage.objects.get(slug=slug)


def test_site_tree_creates_the_four_landing_pages(client, home_page):
    for slug, heading in [
        ("bensheim", "Ehrenamt in Bensheim"),
        ("viernheim", "Ehrenamt in Viernheim"),
        ("kreis-bergstrasse", "Ehrenamt im Kreis Bergstraße"),
        ("metropolregion", "Ehrenamt in der Metropolregion Rhein-Neckar"),
    ]:
        response = client.get(f"/orte/{slug}/")
        assert response.status_code == 200
        assert heading in response.content.decode()
    assert client.get("/orte/").status_code == 200
    assert client.get("/initiativen/").status_code == 200


def test_running_the_site_tree_twice_adds_nothing(home_page):
    from home.site_tree import ensure_site_tree

    ensure_site_tree()
    assert MunicipalityPage.objects.count() == 4


def newest_titles(client, slug):
    return [o.title for o in client.get(f"/orte/{slug}/").context["newest_opportunities"]]


def test_newest_opportunities_stay_within_the_area(client, home_page):
    in_bensheim = OpportunityPageFactory(title="Lesepate Bensheim")
    in_lorsch = OpportunityPageFactory(
        title="Gärtnern in Lorsch", parent=ClubPageFactory(municipality=municipality("lorsch"))
    )
    in_mannheim = OpportunityPageFactory(
        title="Tafel Mannheim", parent=ClubPageFactory(municipality=municipality("mannheim"))
    )
    assert newest_titles(client, "bensheim") == [in_bensheim.title]
    assert set(newest_titles(client, "kreis-bergstrasse")) == {in_bensheim.title, in_lorsch.title}
    assert set(newest_titles(client, "metropolregion")) == {
        in_bensheim.title,
        in_lorsch.title,
        in_mannheim.title,
    }


def test_search_box_searches_within_the_area(client, home_page):
    html = client.get("/orte/viernheim/").content.decode()
    assert 'action="/suche/"' in html
    assert '<input type="hidden" name="municipality" value="viernheim">' in html
    district_html = client.get("/orte/kreis-bergstrasse/").content.decode()
    assert '<input type="hidden" name="district" value="kreis-bergstrasse">' in district_html
    region_html = client.get("/orte/metropolregion/").content.decode()
    assert 'type="hidden"' not in region_html.split('role="search"')[1].split("</form>")[0]


def test_area_search_finds_only_the_area(client, home_page):
    OpportunityPageFactory(title="Vorlesen in Bensheim")
    OpportunityPageFactory(
        title="Vorlesen in Viernheim",
        parent=ClubPageFactory(municipality=municipality("viernheim")),
    )
    response = client.get("/api/v1/opportunities/", {"q": "Vorlesen", "municipality": "viernheim"})
    assert [r["title"] for r in response.json()["results"]] == ["Vorlesen in Viernheim"]


def feature_opportunity(page, opportunity, sort_order, **window):
    FeaturedOpportunity.objects.create(
        page=page, opportunity=opportunity, sort_order=sort_order, **window
    )


def test_featured_opportunities_keep_hand_order_and_schedule(client, home_page):
    page = landing("bensheim")
    first, second, later, ended = (
        OpportunityPageFactory(title=title) for title in ["Zweiter", "Erster", "Später", "Vorbei"]
    )
    feature_opportunity(page, first, 2)
    feature_opportunity(page, second, 1)
    feature_opportunity(page, later, 0, shown_from=TODAY() + datetime.timedelta(days=3))
    feature_opportunity(page, ended, 0, shown_until=TODAY() - datetime.timedelta(days=1))
    featured = client.get("/orte/bensheim/").context["featured_opportunities"]
    assert [o.title for o in featured] == ["Erster", "Zweiter"]


def test_expired_featured_opportunity_is_not_shown(client, home_page):
    expired = OpportunityPageFactory(valid_through=TODAY() - datetime.timedelta(days=1))
    feature_opportunity(landing("bensheim"), expired, 0)
    assert client.get("/orte/bensheim/").context["featured_opportunities"] == []


def test_featured_clubs_are_shown(client, home_page):
    club = ClubPageFactory(title="Schachfreunde Bensheim")
    FeaturedClub.objects.create(page=landing("bensheim"), club=club, sort_order=0)
    html = client.get("/orte/bensheim/").content.decode()
    assert "Schachfreunde Bensheim" in html
    assert "Vereine stellen sich vor" in html


def test_landing_page_queries_do_not_grow(client, home_page, django_assert_max_num_queries):
    page = landing("kreis-bergstrasse")

    def add(count):
        for _number in range(count):
            opportunity = OpportunityPageFactory()
            FeaturedOpportunity.objects.create(page=page, opportunity=opportunity)
            FeaturedClub.objects.create(page=page, club=opportunity.club)

    add(2)
    client.get("/orte/kreis-bergstrasse/")
    with django_assert_max_num_queries(30) as few:
        client.get("/orte/kreis-bergstrasse/")
    add(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/orte/kreis-bergstrasse/")


def make_initiative(title, starts_on, ends_on=None, **fields):
    index = InitiativeIndexPage.objects.get()
    return index.add_child(
        instance=InitiativePage(
            title=title,
            summary=f"Kurz gesagt: {title}",
            body="<p>Alle machen mit.</p>",
            starts_on=starts_on,
            ends_on=ends_on,
            **fields,
        )
    )


def test_initiative_page_shows_its_opportunities_and_clubs(client, home_page):
    opportunity = OpportunityPageFactory(title="Stand beim Ehrenamtstag")
    initiative = make_initiative("Ehrenamtstag", TODAY(), TODAY() + datetime.timedelta(days=2))
    InitiativeOpportunity.objects.create(page=initiative, opportunity=opportunity)
    InitiativeClub.objects.create(page=initiative, club=opportunity.club)
    response = client.get("/initiativen/ehrenamtstag/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Stand beim Ehrenamtstag" in html
    assert opportunity.club.title in html
    assert "Alle machen mit." in html


def test_home_page_lists_only_running_initiatives(client, home_page):
    make_initiative("Freiwilligentag", TODAY() - datetime.timedelta(days=1), TODAY())
    make_initiative("Ehrenamts-Card", TODAY() - datetime.timedelta(days=30))
    make_initiative("Sommerfest", TODAY() + datetime.timedelta(days=10))
    make_initiative(
        "Winteraktion", TODAY() - datetime.timedelta(days=90), TODAY() - datetime.timedelta(days=60)
    )
    titles = [i.title for i in client.get("/").context["running_initiatives"]]
    assert sorted(titles) == ["Ehrenamts-Card", "Freiwilligentag"]
    assert "Aktuelle Aktionen" in client.get("/").content.decode()


def test_home_page_features_are_ordered_and_scheduled(client, home_page):
    club = ClubPageFactory(title="Tafel Bergstraße")
    HomeFeature.objects.create(page=home_page, target=landing("viernheim"), sort_order=1)
    HomeFeature.objects.create(
        page=home_page, target=club, sort_order=0, teaser="Lebensmittel retten"
    )
    HomeFeature.objects.create(
        page=home_page,
        target=landing("bensheim"),
        sort_order=2,
        shown_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    response = client.get("/")
    assert [f.target.title for f in response.context["features"]] == [
        "Tafel Bergstraße",
        "Viernheim",
    ]
    assert "Lebensmittel retten" in response.content.decode()


def test_seed_demo_shows_features_on_the_landing_pages(client):
    call_command("seed_demo", "--clubs=6", "--opportunities=20", stdout=io.StringIO())
    page = client.get("/orte/kreis-bergstrasse/")
    assert page.context["featured_opportunities"]
    assert page.context["featured_clubs"]
    home = client.get("/")
    assert [i.slug for i in home.context["running_initiatives"]] == ["ehrenamtstag"]
    places = home.context["places"]
    assert {place.slug for place in places} >= {"bensheim", "viernheim", "kreis-bergstrasse"}
    assert all(place.image for place in places)
    assert sum(place.opportunity_count for place in places if place.municipality_id) <= 20
