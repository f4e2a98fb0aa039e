"""Every search as an Atom feed, checked against the rules of RFC 4287."""

import re
from html import unescape

import pytest
from defusedxml import ElementTree as ET

from ehrenamt.taxonomy.models import Category
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
ABSOLUTE_IRI = re.compile(r"^[a-z][a-z0-9+.-]*:\S+$")


@pytest.fixture
def listings(home_page):
    sport = Category.objects.get(slug="sport")
    club = ClubPageFactory(municipality=municipality("bensheim"))
    OpportunityPageFactory(parent=club, title="Trainer:in & Co. <Jugend> 😀", categories=[sport])
    OpportunityPageFactory(parent=club, title="Vorlesen in der Bücherei")


def one(element, name):
    found = element.findall(ATOM + name)
    assert len(found) == 1, f"{element.tag} needs exactly one {name}, has {len(found)}"
    return found[0]


def test_search_page_announces_a_feed_of_its_filters(client, listings):
    html = client.get("/suche/?category=sport&page=1&sort=newest").content.decode()
    link = re.search(r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)"', html)
    assert unescape(link.group(1)) == "/suche/feed.atom?category=sport"


def test_feed_is_valid_atom_with_the_same_results(client, listings):
    response = client.get("/suche/feed.atom?category=sport")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == ATOM + "feed"
    assert ABSOLUTE_IRI.match(one(feed, "id").text)
    assert "Sport" in one(feed, "title").text
    assert RFC3339.match(one(feed, "updated").text)
    assert one(one(feed, "author"), "name").text
    assert one(feed, "rights").text
    rels = {link.get("rel"): link.get("href") for link in feed.findall(ATOM + "link")}
    assert rels["self"].startswith("http://testserver/suche/feed.atom?category=sport")
    assert rels["alternate"] == "http://testserver/suche/?category=sport"

    entries = feed.findall(ATOM + "entry")
    assert [one(entry, "title").text for entry in entries] == ["Trainer:in & Co. <Jugend> 😀"]
    entry = entries[0]
    assert ABSOLUTE_IRI.match(one(entry, "id").text)
    assert RFC3339.match(one(entry, "updated").text)
    assert one(entry, "summary").text
    (alternate,) = [
        link for link in entry.findall(ATOM + "link") if link.get("rel") in (None, "alternate")
    ]
    assert alternate.get("href").startswith("http://testserver/vereine/")


def test_bad_filters_answer_400_in_german(client, listings):
    response = client.get("/suche/feed.atom?category=%F0%9F%98%80")
    assert response.status_code == 400
    assert "Engagementbereich" in response.content.decode()
