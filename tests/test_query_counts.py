"""The public pages need the same number of SQL queries however much content the portal holds."""

import pytest
from django.core.cache import cache

from ehrenamt.taxonomy.models import Category, TargetGroup
from tests.factories import ClubPageFactory, ImageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db

# Upper bounds, one above the counts measured with a cold cache. The equality checks catch a
# query per listed item.
MAX_QUERIES = {
    "home": 18,
    "club_index": 15,
    "club": 15,
    "opportunity": 12,
    "search": 14,
    "municipality": 17,
}


@pytest.fixture
def count_queries(client, django_assert_max_num_queries):
    """Queries of one anonymous visit of a page, with the cache cold, checked against a bound.

    The first visit makes the image renditions, as any earlier visitor would have. Clearing the
    cache afterwards makes every rendition lookup visible: a list that does not prefetch them
    needs one query per image. The cache outlives a test's database, so it is cleared before
    the first visit too.
    """

    def count(url, most):
        cache.clear()
        assert client.get(url).status_code == 200
        cache.clear()
        with django_assert_max_num_queries(most) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    return count


def add_opportunities(club, count):
    categories = list(Category.objects.filter(slug__in=["soziales", "bildung"]))
    target_groups = list(TargetGroup.objects.filter(slug__in=["kinder", "familien"]))
    return [
        OpportunityPageFactory(
            parent=club,
            categories=categories,
            target_groups=target_groups,
            image=ImageFactory(),
        )
        for _ in range(count)
    ]


@pytest.fixture
def club(home_page):
    return ClubPageFactory(logo=ImageFactory(), categories=list(Category.objects.all()[:3]))


def test_club_page_queries_do_not_grow_with_its_opportunities(club, count_queries):
    add_opportunities(club, 5)
    with_five = count_queries(club.url, MAX_QUERIES["club"])

    add_opportunities(club, 45)
    with_fifty = count_queries(club.url, MAX_QUERIES["club"])

    assert with_fifty == with_five


def test_opportunity_page_queries_do_not_grow_with_the_clubs_opportunities(club, count_queries):
    opportunity = add_opportunities(club, 5)[0]
    with_five = count_queries(opportunity.url, MAX_QUERIES["opportunity"])

    add_opportunities(club, 45)
    with_fifty = count_queries(opportunity.url, MAX_QUERIES["opportunity"])

    assert with_fifty == with_five


def test_club_directory_queries_do_not_grow_with_the_number_of_clubs(home_page, count_queries):
    for _ in range(5):
        ClubPageFactory(logo=ImageFactory())
    with_five = count_queries("/vereine/", MAX_QUERIES["club_index"])

    for _ in range(45):
        ClubPageFactory(logo=ImageFactory())
    with_fifty = count_queries("/vereine/", MAX_QUERIES["club_index"])
    on_last_page = count_queries("/vereine/?page=3", MAX_QUERIES["club_index"])

    assert with_fifty == with_five
    assert on_last_page == with_five


def test_home_page_queries_do_not_grow_with_the_number_of_opportunities(home_page, count_queries):
    # Fewer than the home page shows, then many more: a shown card costs no query of its own.
    clubs = [ClubPageFactory() for _ in range(5)]
    for club in clubs:
        add_opportunities(club, 1)
    with_five = count_queries("/", MAX_QUERIES["home"])

    for club in clubs:
        add_opportunities(club, 9)
    with_fifty = count_queries("/", MAX_QUERIES["home"])

    assert with_fifty == with_five


def test_search_page_queries_do_not_grow_with_the_number_of_results(home_page, count_queries):
    clubs = [ClubPageFactory(logo=ImageFactory()) for _ in range(5)]
    for club in clubs:
        add_opportunities(club, 1)
    with_five = count_queries("/suche/?category=soziales", MAX_QUERIES["search"])

    for club in clubs:
        add_opportunities(club, 9)
    with_fifty = count_queries("/suche/?category=soziales", MAX_QUERIES["search"])

    assert with_fifty == with_five


def test_municipality_page_queries_do_not_grow_with_its_opportunities(home_page, count_queries):
    clubs = [ClubPageFactory(logo=ImageFactory()) for _ in range(3)]
    for club in clubs:
        add_opportunities(club, 2)
    with_six = count_queries("/orte/bensheim/", MAX_QUERIES["municipality"])

    for club in clubs:
        add_opportunities(club, 14)
    with_fifty = count_queries("/orte/bensheim/", MAX_QUERIES["municipality"])

    assert with_fifty == with_six
