"""A volunteer writes to a club through the "Ich möchte mitmachen" form."""

import pytest
from django.core import mail

from ehrenamt.inquiries.models import Inquiry
from tests.clubs.helpers import club, links_in, started
from tests.factories import OpportunityPageFactory


@pytest.fixture
def opportunity(home_page):
    onboarding = club("Tafel Bensheim")
    page = OpportunityPageFactory(parent=onboarding.club, title="Lebensmittel ausgeben")
    onboarding.club.save_revision().publish()
    return page


def form_data(**overrides):
    data = {
        "name": "Vera Freiwillig",
        "email": "vera@example.org",
        "phone": "06251 12345",
        "availability": "dienstags ab 17 Uhr",
        "message": "Ich habe dienstags Zeit und würde gern helfen.",
        "consent": "on",
        "homepage": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def inquire_url(opportunity):
    return f"/mitmachen/anfrage/{opportunity.pk}/"


def test_opportunity_page_leads_to_a_labelled_form_that_works_without_javascript(
    client, opportunity
):
    page = client.get(opportunity.url).content.decode()
    assert "Ich möchte mitmachen" in page
    assert f'<a class="button button--primary" href="{inquire_url(opportunity)}">' in page
    assert "Jetzt mitmachen" in page
    assert "Nachricht schreiben" in page
    html = client.get(inquire_url(opportunity)).content.decode()
    assert f'action="{inquire_url(opportunity)}"' in html
    for field in ["name", "email", "phone", "availability", "message", "consent"]:
        assert f'for="id_{field}"' in html
    assert 'href="/datenschutz/"' in html


def test_inquiry_is_stored_and_both_sides_get_an_email(client, opportunity):
    response = client.post(inquire_url(opportunity), form_data())
    assert response.status_code == 302
    assert "gesendet" in response["Location"]
    assert "Ihre Nachricht ist unterwegs" in client.get(response["Location"]).content.decode()

    inquiry = Inquiry.objects.get()
    assert inquiry.club == opportunity.club
    assert inquiry.opportunity == opportunity
    assert inquiry.consent_at is not None
    assert inquiry.answered_at is None

    to_club, to_volunteer = mail.outbox
    assert to_club.to == [opportunity.club.contact_email]
    assert to_club.reply_to == ["vera@example.org"]
    assert "Ich habe dienstags Zeit" in to_club.body
    assert "06251 12345" in to_club.body
    assert f"http://testserver/admin/anfragen/{inquiry.pk}/" in links_in(to_club)
    assert to_volunteer.to == ["vera@example.org"]
    assert "Tafel Bensheim" in to_volunteer.body
    assert any("/mitmachen/anfrage/loeschen/" in link for link in links_in(to_volunteer))


def test_inquiry_goes_to_the_opportunitys_own_contact_when_set(client, home_page):
    onboarding = club("Tafel Heppenheim", slug="heppenheim")
    page = OpportunityPageFactory(parent=onboarding.club, contact_email="fahrdienst@tafel.example")
    client.post(inquire_url(page), form_data())
    assert mail.outbox[0].to == ["fahrdienst@tafel.example"]


def test_bad_input_keeps_what_was_typed_and_sends_nothing(client, opportunity):
    response = client.post(
        inquire_url(opportunity), form_data(email="vera(at)example", name="", consent="")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte geben Sie Ihren Namen an." in html
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein" in html
    assert "Bitte stimmen Sie zu" in html
    assert 'value="vera(at)example"' in html
    assert "Ich habe dienstags Zeit und würde gern helfen." in html
    assert 'value="dienstags ab 17 Uhr"' in html
    assert not Inquiry.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"homepage": "http://spam.example"}, "konnten nicht gesendet werden"),
        ({"started": "forged"}, "Das Formular ist abgelaufen"),
    ],
)
def test_bots_are_turned_away(client, opportunity, overrides, message):
    response = client.post(inquire_url(opportunity), form_data(**overrides))
    assert message in response.content.decode()
    assert not Inquiry.objects.exists()
    assert mail.outbox == []


def test_too_fast_submission_is_refused(client, opportunity):
    response = client.post(inquire_url(opportunity), form_data(started=started(seconds_ago=1)))
    assert "Das ging sehr schnell" in response.content.decode()
    assert not Inquiry.objects.exists()


def test_rate_limit_per_email(client, opportunity):
    for _attempt in range(3):
        assert client.post(inquire_url(opportunity), form_data()).status_code == 302
    response = client.post(inquire_url(opportunity), form_data())
    assert "sehr viele Formulare" in response.content.decode()
    assert Inquiry.objects.count() == 3


def test_rate_limit_per_ip(client, opportunity):
    for number in range(5):
        response = client.post(inquire_url(opportunity), form_data(email=f"p{number}@example.org"))
        assert response.status_code == 302
    response = client.post(inquire_url(opportunity), form_data(email="p9@example.org"))
    assert "sehr viele Formulare" in response.content.decode()
    assert Inquiry.objects.count() == 5


def test_filled_or_unknown_opportunities_take_no_inquiries(client, opportunity):
    opportunity.filled = True
    opportunity.save_revision().publish()
    assert client.post(inquire_url(opportunity), form_data()).status_code == 404
    assert client.post("/mitmachen/anfrage/999999/", form_data()).status_code == 404
    assert not Inquiry.objects.exists()


def test_volunteer_deletes_their_data_through_the_link(client, opportunity):
    client.post(inquire_url(opportunity), form_data())
    link = next(link for link in links_in(mail.outbox[1]) if "loeschen" in link)
    path = link.removeprefix("http://testserver")

    assert client.get(path).status_code == 200
    assert Inquiry.objects.get().email == "vera@example.org"

    response = client.post(path)
    assert "Ihre Angaben sind gelöscht" in response.content.decode()
    inquiry = Inquiry.objects.get()
    assert (inquiry.name, inquiry.email, inquiry.phone, inquiry.message) == ("", "", "", "")
    assert inquiry.anonymised_at is not None


def test_forged_deletion_link_is_not_found(client, opportunity):
    assert client.get("/mitmachen/anfrage/loeschen/1:forged/").status_code == 404


def test_the_same_form_sent_twice_stores_one_inquiry(client, opportunity):
    data = form_data()
    first = client.post(inquire_url(opportunity), data)
    # The visitor's retry after a timeout, or a double click: the same form once more.
    second = client.post(inquire_url(opportunity), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Inquiry.objects.count() == 1
    assert len(mail.outbox) == 2


def test_a_spent_form_token_carries_no_other_message(client, opportunity):
    token = started()
    client.post(inquire_url(opportunity), form_data(started=token))
    replay = client.post(
        inquire_url(opportunity), form_data(started=token, email="bot@example.org")
    )
    assert replay.status_code == 302
    assert list(Inquiry.objects.values_list("email", flat=True)) == ["vera@example.org"]


def test_a_form_with_errors_keeps_its_token_until_it_is_accepted(client, opportunity):
    token = started()
    refused = client.post(inquire_url(opportunity), form_data(started=token, name=""))
    assert f'value="{token}"' in refused.content.decode()
    assert client.post(inquire_url(opportunity), form_data(started=token)).status_code == 302
    assert Inquiry.objects.count() == 1


def test_each_shown_form_is_a_new_inquiry(client, opportunity):
    for _form in range(2):
        client.post(inquire_url(opportunity), form_data())
    assert Inquiry.objects.count() == 2
