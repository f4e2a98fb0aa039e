"""A club editor cannot put executable script on a public page through anything they can edit.

The club's own account fills every text, rich text, URL and image field of its club page and of a
new opportunity in the Wagtail admin with markup that would run if it reached the page unescaped;
staff approve (publish) the drafts, and the public pages are then read as a browser would.
"""

import json
from html.parser import HTMLParser

import pytest
from wagtail.models import Page

from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.taxonomy.models import Category
from tests.clubs.admin_forms import EMPTY_COMMENTS, opportunity_form
from tests.clubs.helpers import PASSWORD, club
from tests.factories import ImageFactory, municipality

pytestmark = pytest.mark.django_db

PAYLOAD = "\"'><script>x()</script>"
ESCAPED = "&lt;script&gt;x()&lt;/script&gt;"
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "xlink:href", "poster"}


def draftail(text, link):
    """Rich text as the Draftail editor posts it: the text and one link over its first word."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 3, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}},
        }
    )


RICH_TEXT = draftail(PAYLOAD + "<img src=x onerror=x()>", "javascript:x()")


class ScriptFinder(HTMLParser):
    """Collects everything in a page that a browser would execute."""

    def __init__(self):
        super().__init__()
        self.problems = []
        self.script_type = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith(
                DANGEROUS_SCHEMES
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in {"iframe", "object", "embed", "base"}:
            self.problems.append(f"<{tag}>")
        if tag == "script":
            attributes = dict(attrs)
            self.script_type = attributes.get("type")
            if attributes.get("src"):
                if not attributes["src"].startswith("/static/"):
                    self.problems.append(f"script from {attributes['src']}")
            elif self.script_type != "application/ld+json":
                self.problems.append("inline script")

    def handle_endtag(self, tag):
        if tag == "script":
            self.script_type = None

    def handle_data(self, data):
        if self.script_type == "application/ld+json":
            json.loads(data)  # data only; a breakout would leave broken JSON behind


def executable_parts(html):
    finder = ScriptFinder()
    finder.feed(html)
    return finder.problems


def club_form(onboarding, logo, website):
    page = onboarding.club
    data = {
        "title": PAYLOAD,
        "slug": page.slug,
        "short_description": PAYLOAD,
        "description": RICH_TEXT,
        "logo": logo.pk,
        "categories": [Category.objects.get(slug="sport").pk],
        "street_address": PAYLOAD,
        "postcode": "64625",
        "municipality": municipality("bensheim").pk,
        "contact_name": PAYLOAD,
        "contact_email": "verein@example.org",
        "contact_phone": PAYLOAD,
        "website": website,
        "register_number": PAYLOAD,
        "accessibility_note": PAYLOAD,
        "seo_title": PAYLOAD,
        "search_description": PAYLOAD,
    }
    data.update(EMPTY_COMMENTS)
    return data


def publish_latest(page):
    """What staff approval does: publish the editor's latest revision unchanged."""
    page = Page.objects.get(pk=page.pk).specific
    page.get_latest_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def editor(client, home_page):
    onboarding = club()
    assert client.login(username=onboarding.user.username, password=PASSWORD)
    return onboarding


@pytest.fixture
def logo(editor):
    return ImageFactory(title=PAYLOAD, collection=editor.collection)


def test_club_page_fields_cannot_carry_script(client, editor, logo):
    website = 'https://example.org/?q="><script>x()</script>'
    response = client.post(f"/admin/pages/{editor.club.pk}/edit/", club_form(editor, logo, website))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = publish_latest(editor.club)
    assert page.short_description == PAYLOAD

    html = client.get(page.url).content.decode()

    assert ESCAPED in html
    assert executable_parts(html) == []


def test_opportunity_fields_cannot_carry_script(client, editor, logo):
    data = opportunity_form(title=PAYLOAD)
    data.pop("action-submit")
    data.update(
        summary=PAYLOAD,
        description=RICH_TEXT,
        tasks=RICH_TEXT,
        requirements=RICH_TEXT,
        image=logo.pk,
        schedule=PAYLOAD,
        street_address=PAYLOAD,
        contact_name=PAYLOAD,
        contact_phone=PAYLOAD,
        accessibility_note=PAYLOAD,
        seo_title=PAYLOAD,
        search_description=PAYLOAD,
    )
    response = client.post(
        f"/admin/pages/add/opportunities/opportunitypage/{editor.club.pk}/", data
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    publish_latest(editor.club)
    opportunity = publish_latest(OpportunityPage.objects.get(title=PAYLOAD))
    assert opportunity.summary == PAYLOAD

    for url in (opportunity.url, editor.club.url, "/suche/", f"/suche/?q={PAYLOAD}", "/"):
        html = client.get(url).content.decode()
        assert executable_parts(html) == [], url
    assert ESCAPED in client.get(opportunity.url).content.decode()


def test_a_javascript_website_address_is_refused(client, editor, logo):
    response = client.post(
        f"/admin/pages/{editor.club.pk}/edit/", club_form(editor, logo, "javascript:x()")
    )
    assert response.status_code == 200
    assert "website" in response.context["form"].errors
    assert not Page.objects.get(pk=editor.club.pk).specific.website
