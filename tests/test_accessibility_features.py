"""What HVBIT asks beyond the markup: feedback on barriers, Leichte Sprache, sign language."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Site

from home.models import HomePage
from tests.clubs.helpers import started
from tests.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

FEEDBACK_URL = "/mitmachen/barriere-melden/"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()


def feedback(**changes):
    return {
        "name": "Ute Blum",
        "email": "ute@example.org",
        "page_address": "/suche/",
        "message": "Der Filter lässt sich mit dem Bildschirmleser nicht bedienen.",
        "consent": "on",
        "started": started(),
        "homepage": "",
    } | changes


def test_statement_and_every_page_lead_to_the_feedback_form(client, home_page):
    statement = client.get("/barrierefreiheit/").content.decode()
    assert f'href="{FEEDBACK_URL}"' in statement
    assert client.get(FEEDBACK_URL).status_code == 200


def test_feedback_reaches_staff_with_the_reporter_as_reply_address(client, home_page, mailoutbox):
    response = client.post(FEEDBACK_URL, feedback())
    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
    (message,) = mailoutbox
    assert message.to == ["barrierefreiheit@localhost"]
    assert message.reply_to == ["ute@example.org"]
    assert "Bildschirmleser" in message.body


def test_feedback_goes_to_the_portal_contact_when_set(client, home_page, mailoutbox):
    from home.models import PortalSettings

    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.contact_email = "ehrenamt@bensheim.example"
    portal.save()
    client.post(FEEDBACK_URL, feedback())
    assert mailoutbox[0].to == ["ehrenamt@bensheim.example"]


def test_feedback_without_message_or_consent_explains_in_german(client, home_page, mailoutbox):
    response = client.post(FEEDBACK_URL, feedback(message="", consent=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte beschreiben Sie die Barriere." in html
    assert "Bitte stimmen Sie zu" in html
    assert "ute@example.org" in html
    assert mailoutbox == []


@pytest.mark.parametrize("bot", ["fills the honeypot", "sends at once"])
def test_bots_are_turned_away(client, home_page, mailoutbox, bot):
    changes = (
        {"homepage": "http://spam.example"}
        if bot == "fills the honeypot"
        else {"started": started(seconds_ago=0)}
    )
    response = client.post(FEEDBACK_URL, feedback(**changes))
    assert response.status_code == 200
    assert mailoutbox == []


def test_leichte_sprache_page_is_linked_from_every_page(client, home_page):
    assert 'href="/leichte-sprache/"' in client.get("/").content.decode()
    page = client.get("/leichte-sprache/").content.decode()
    assert "Ehrenamt heißt: Sie helfen anderen Menschen." in page


def test_home_page_shows_the_sign_language_video_from_our_own_library(client, home_page):
    assert "<video" not in client.get("/").content.decode()
    video = Document(title="DGS Startseite")
    video.file.save("dgs.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=True)
    home = HomePage.objects.get()
    home.sign_language_video = video
    home.sign_language_caption = "Das Portal in Deutscher Gebärdensprache erklärt"
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "<video controls" in html
    assert f'src="{video.url}"' in html
    assert "Das Portal in Deutscher Gebärdensprache erklärt" in html


def test_easy_language_summary_is_shown_and_found(client, home_page):
    opportunity = OpportunityPageFactory(
        title="Hilfe im Tierheim",
        easy_language_summary="Sie gehen mit Hunden spazieren.\nDas macht Spaß.",
    )
    html = client.get(opportunity.url).content.decode()
    assert "In Leichter Sprache" in html
    assert "Sie gehen mit Hunden spazieren." in html
    results = client.get("/api/v1/opportunities/", {"q": "spazieren"}).json()["results"]
    assert [result["title"] for result in results] == ["Hilfe im Tierheim"]
