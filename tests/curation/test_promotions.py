"""Staff pin chosen opportunities for chosen words; the search page and the API show them first."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

API = "/api/v1/opportunities/"
PAGE = "/suche/"

pytestmark = pytest.mark.django_db


def pin(words, *pages):
    query = Query.get(words)
    for order, page in enumerate(pages):
        SearchPromotion.objects.create(query=query, page=page, sort_order=order)


@pytest.fixture
def roles(home_page):
    bensheim = ClubPageFactory(title="Lesefreunde Bensheim", municipality=municipality("bensheim"))
    viernheim = ClubPageFactory(
        title="Sportverein Viernheim", municipality=municipality("viernheim"), postcode="68519"
    )
    reading = OpportunityPageFactory(
        parent=bensheim, title="Vorlesen in der Stadtbücherei", summary="Kindern vorlesen."
    )
    homework = OpportunityPageFactory(
        parent=bensheim, title="Vorlesen und Hausaufgabenhilfe", summary="Lesen üben."
    )
    card = OpportunityPageFactory(
        parent=bensheim, title="Ehrenamts-Card beantragen helfen", summary="Beraten im Rathaus."
    )
    football = OpportunityPageFactory(
        parent=viernheim, title="Trainer:in Jugendfußball", summary="Training am Dienstag."
    )
    return reading, homework, card, football


def result_ids(answer):
    return [result["id"] for result in answer["results"]]


def test_pinned_role_leads_the_api_results_for_its_word(client, roles):
    reading, homework, card, _football = roles
    pin("Vorlesen", card)
    answer = client.get(API, {"q": "vorlesen"}).json()
    assert result_ids(answer)[0] == card.pk
    assert set(result_ids(answer)[1:]) == {reading.pk, homework.pk}
    assert answer["count"] == 3
    assert answer["results"][0]["promoted"] is True
    assert all("promoted" not in result for result in answer["results"][1:])


def test_a_new_or_removed_pin_shows_in_the_next_search(client, roles):
    # The words with promotions are kept in the cache; staff changes must reach it at once.
    reading, homework, card, _football = roles
    assert set(result_ids(client.get(API, {"q": "vorlesen"}).json())) == {reading.pk, homework.pk}
    pin("vorlesen", card)
    assert result_ids(client.get(API, {"q": "vorlesen"}).json())[0] == card.pk
    SearchPromotion.objects.get(page=card).delete()
    assert card.pk not in result_ids(client.get(API, {"q": "vorlesen"}).json())


def test_words_are_matched_as_wagtail_normalises_them(client, roles):
    _reading, _homework, card, _football = roles
    pin("  VORLESEN ", card)
    assert result_ids(client.get(API, {"q": "Vorlesen"}).json())[0] == card.pk


def test_other_words_show_no_pinned_role(client, roles):
    _reading, _homework, card, football = roles
    pin("vorlesen", card)
    answer = client.get(API, {"q": "Jugendfußball"}).json()
    assert result_ids(answer) == [football.pk]
    assert "promoted" not in answer["results"][0]


def test_staff_order_decides_and_a_found_role_is_not_repeated(client, roles):
    reading, homework, _card, _football = roles
    pin("vorlesen", homework, reading)
    answer = client.get(API, {"q": "vorlesen"}).json()
    assert result_ids(answer) == [homework.pk, reading.pk]
    assert answer["count"] == 2
    assert [result.get("promoted") for result in answer["results"]] == [True, True]


def test_paging_keeps_every_role_exactly_once(client, roles):
    reading, homework, card, _football = roles
    pin("vorlesen", card, homework)
    seen = []
    for number in (1, 2, 3):
        answer = client.get(API, {"q": "vorlesen", "page_size": 1, "page": number}).json()
        assert answer["count"] == 3
        seen += result_ids(answer)
    assert seen == [card.pk, homework.pk, reading.pk]


def test_pinned_role_still_respects_the_filters(client, roles):
    _reading, _homework, _card, football = roles
    pin("vorlesen", football)
    in_viernheim = client.get(API, {"q": "vorlesen", "municipality": "viernheim"}).json()
    assert result_ids(in_viernheim) == [football.pk]
    in_bensheim = client.get(API, {"q": "vorlesen", "municipality": "bensheim"}).json()
    assert football.pk not in result_ids(in_bensheim)
    assert in_bensheim["count"] == 2


def test_an_expired_or_unpublished_role_is_never_pinned(client, roles):
    reading, homework, card, _football = roles
    card.valid_through = timezone.localdate() - datetime.timedelta(days=1)
    card.save()
    homework.unpublish()
    pin("vorlesen", card, homework)
    answer = client.get(API, {"q": "vorlesen"}).json()
    assert result_ids(answer) == [reading.pk]
    assert answer["count"] == 1
    page = client.get(PAGE, {"q": "vorlesen"}).content.decode()
    assert card.title not in page
    assert "Empfohlen" not in page


def test_search_page_shows_the_pinned_role_first_marked_recommended(client, roles):
    _reading, _homework, card, _football = roles
    pin("vorlesen", card)
    page = client.get(PAGE, {"q": "Vorlesen"}).content.decode()
    cards = re.findall(r'<article class="card opportunity-card">(.*?)</article>', page, re.S)
    assert card.title in cards[0]
    assert "Empfohlen" in cards[0]
    assert all("Empfohlen" not in other for other in cards[1:])
    assert "3 Angebote gefunden" in page


def test_a_pinned_role_shows_even_when_the_words_find_nothing_else(client, roles):
    _reading, _homework, card, _football = roles
    pin("ehrenamtskarte", card)
    answer = client.get(API, {"q": "Ehrenamtskarte"}).json()
    assert (answer["count"], result_ids(answer)) == (1, [card.pk])


def test_queries_per_request_do_not_grow_with_the_pins(
    client, roles, django_assert_max_num_queries
):
    reading, homework, card, football = roles
    pin("vorlesen", card)
    with django_assert_max_num_queries(25) as one_pin:
        client.get(API, {"q": "vorlesen"})
    pin("vorlesen", homework, reading, football)
    for _ in range(5):
        pin("vorlesen", OpportunityPageFactory(parent=card.get_parent().specific))
    with django_assert_max_num_queries(len(one_pin.captured_queries)):
        assert len(client.get(API, {"q": "vorlesen"}).json()["results"]) == 9
