"""Our JSON, CSV and FPXML exports, read back by our own importers, lose nothing (property-based)."""

import datetime
import re
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ehrenamt.crosslisting.fpxml_schema import problems
from ehrenamt.crosslisting.importers import CsvImporter, JsonImporter, Rejection
from ehrenamt.crosslisting.importers.base import ACCESSIBILITY
from ehrenamt.crosslisting.importers.xml import XmlImporter
from ehrenamt.crosslisting.mapping import Matcher
from ehrenamt.crosslisting.writing import commitment_of
from ehrenamt.opportunities.models import Commitment
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category, TargetGroup
from tests.factories import ClubPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db
PLACES = ["bensheim", "viernheim", "mannheim", "ludwigshafen-am-rhein", "speyer", "heidelberg"]
# Letters, digits, punctuation, symbols and emoji; no control characters, which XML cannot carry.
TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Co"), max_codepoint=0x1FAFF),
    min_size=1,
    max_size=60,
).map(lambda value: re.sub(r"\s+", " ", value).strip())
LINE = TEXT.filter(bool)


@st.composite
def listings(draw):
    today = timezone.localdate()
    commitment = draw(st.sampled_from(Commitment.values))
    start = end = hours = None
    if commitment == Commitment.ONE_OFF:
        start = today + datetime.timedelta(days=draw(st.integers(1, 300)))
        if draw(st.booleans()):
            end = start + datetime.timedelta(days=draw(st.integers(0, 60)))
    elif commitment == Commitment.REGULAR:
        hours = draw(st.none() | st.decimals("0.5", "40", places=1))
        if draw(st.booleans()):
            start = today + datetime.timedelta(days=draw(st.integers(0, 30)))
            end = start + datetime.timedelta(days=draw(st.integers(32, 300)))
    return {
        "title": draw(LINE),
        "organisation": draw(LINE),
        "place": draw(st.sampled_from(PLACES)),
        "with_postcode": draw(st.booleans()),
        "street_address": draw(st.just("") | TEXT),
        "summary": draw(LINE),
        "paragraphs": draw(st.lists(LINE, min_size=1, max_size=3)),
        "remote_possible": draw(st.booleans()),
        "commitment": commitment,
        "start_date": start,
        "end_date": end,
        "hours_per_week": hours,
        "minimum_age": draw(st.none() | st.integers(0, 99)),
        "volunteers_needed": draw(st.integers(1, 500)),
        "categories": draw(st.lists(st.integers(0, 13), min_size=1, max_size=3, unique=True)),
        "target_groups": draw(st.lists(st.integers(0, 9), max_size=3, unique=True)),
        # Each item yes, no or not stated; when the role takes place as a weekday x daytime mask.
        "accessibility": {key: draw(st.sampled_from([True, False, None])) for key in ACCESSIBILITY},
        "time_slots": draw(st.integers(0, 2 ** (7 * 3) - 1)),
        "valid_through": today + datetime.timedelta(days=draw(st.integers(0, 400))),
    }


def create_page(values, home_page):
    place = Municipality.objects.get(slug=values["place"])
    postcode = place.postcodes.first().code if values["with_postcode"] else ""
    club = ClubPageFactory(title=values["organisation"], slug="verein", municipality=place)
    categories = list(Category.objects.order_by("pk"))
    groups = list(TargetGroup.objects.order_by("pk"))
    return OpportunityPageFactory(
        parent=club,
        slug="angebot",
        title=values["title"],
        summary=values["summary"],
        description="".join(f"<p>{escape(text)}</p>" for text in values["paragraphs"]),
        municipality=place,
        postcode=postcode,
        street_address=values["street_address"],
        remote_possible=values["remote_possible"],
        commitment=values["commitment"],
        start_date=values["start_date"],
        end_date=values["end_date"],
        hours_per_week=values["hours_per_week"],
        minimum_age=values["minimum_age"],
        volunteers_needed=values["volunteers_needed"],
        valid_through=values["valid_through"],
        categories=[categories[index % len(categories)] for index in values["categories"]],
        target_groups=[groups[index % len(groups)] for index in values["target_groups"]],
        time_slots=values["time_slots"],
        **values["accessibility"],
    )


def read_back(importer, payload):
    [record] = list(importer.read(lambda url=None: payload))
    assert not isinstance(record, Rejection), record
    return record


def assert_same_listing(record, page, matcher, *, carries_all_traits=True):
    assert record.title == page.title
    assert record.organisation == page.club.title
    assert matcher.municipality(record.town, record.postcode) == page.municipality
    assert record.postcode == page.postcode
    assert record.street_address == page.street_address
    assert record.remote == page.remote_possible
    assert commitment_of(record) == page.commitment
    assert (record.start_date, record.end_date) == (page.start_date, page.end_date)
    expected_hours = None if page.hours_per_week is None else Decimal(page.hours_per_week)
    assert record.hours_per_week == expected_hours
    assert record.minimum_age == page.minimum_age
    assert record.volunteers_needed == page.volunteers_needed
    assert set(matcher.category_ids(record.categories)) == {c.pk for c in page.categories.all()}
    assert set(matcher.target_group_ids(record.target_groups)) == {
        group.pk for group in page.target_groups.all()
    }
    if carries_all_traits:
        assert {key: getattr(record, key) for key in ACCESSIBILITY} == {
            key: getattr(page, key) for key in ACCESSIBILITY
        }
        assert record.time_slots == page.time_slots
    else:
        # FPXML names accessible features as audience tags and has no element for times.
        assert {key for key in ACCESSIBILITY if getattr(record, key)} == {
            key for key in ACCESSIBILITY if getattr(page, key) is True
        }
    assert record.valid_through == page.valid_through


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(values=listings())
def test_exports_read_back_by_our_importers_give_the_same_listing(client, home_page, values):
    with transaction.atomic():
        page = create_page(values, home_page)
        page.refresh_from_db()
        matcher = Matcher()
        exported_json = client.get("/opendata/angebote.json").content
        exported_csv = b"".join(client.get("/opendata/angebote.csv").streaming_content)
        exported_xml = client.get("/opendata/angebote.xml").content

        assert problems(exported_xml) == []
        for importer, payload in [
            (JsonImporter(), exported_json),
            (CsvImporter(), exported_csv),
            (XmlImporter(), exported_xml),
        ]:
            record = read_back(importer, payload)
            assert_same_listing(
                record, page, matcher, carries_all_traits=not isinstance(importer, XmlImporter)
            )
            # Paragraphs stay paragraphs.
            assert record.description.split("\n\n") == values["paragraphs"]
        transaction.set_rollback(True)
