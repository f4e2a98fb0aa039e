"""The admin login resists password guessing and reveals nothing about which accounts exist."""

from django.core import mail

from tests.clubs.helpers import PASSWORD, club


def login(client, username, password, **headers):
    return client.post("/admin/login/", {"username": username, "password": password}, **headers)


def fail_twenty_times(client, forwarded_for, remote_addr):
    """Twenty wrong names, each request naming another visitor address in X-Forwarded-For."""
    for number in range(20):
        login(
            client,
            f"rater{number}",
            "falsch",
            HTTP_X_FORWARDED_FOR=forwarded_for.format(number=number),
            REMOTE_ADDR=remote_addr,
        )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_sixth_attempt_after_five_wrong_passwords_is_refused_even_when_right(client, home_page):
    username = club().user.username
    for _attempt in range(5):
        response = login(client, username, "falsch")
        assert response.status_code == 200
        assert not logged_in(client)
    response = login(client, username, PASSWORD)
    assert not logged_in(client)
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()


def test_right_password_after_few_mistakes_still_works(client, home_page):
    username = club().user.username
    for _attempt in range(4):
        login(client, username, "falsch")
    assert login(client, username, PASSWORD).status_code == 302
    assert logged_in(client)


def test_unknown_and_known_names_get_the_same_answers(client, home_page):
    known = club().user.username
    wrong_known = login(client, known, "falsch").context["form"].non_field_errors()
    wrong_unknown = (
        login(client, "niemand@example.org", "falsch").context["form"].non_field_errors()
    )
    assert wrong_known
    assert wrong_known == wrong_unknown
    for _attempt in range(5):
        login(client, "niemand@example.org", "falsch")
    locked = login(client, "niemand@example.org", "falsch").content.decode()
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in locked


def test_password_reset_answers_alike_for_unknown_addresses(client, home_page):
    known = club().user.email
    mail.outbox.clear()
    for_known = client.post("/admin/password_reset/", {"email": known})
    for_unknown = client.post("/admin/password_reset/", {"email": "niemand@example.org"})
    assert for_known.status_code == for_unknown.status_code == 302
    assert for_known["Location"] == for_unknown["Location"]
    assert [message.to for message in mail.outbox] == [[known]]


def test_behind_a_proxy_limits_count_per_visitor_not_per_proxy(client, home_page, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    username = club().user.username
    fail_twenty_times(client, "forged, 203.0.113.{number}", "10.0.0.1")
    # Twenty failures from twenty addresses through one proxy do not lock out a twenty-first.
    response = login(
        client, username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7", REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 302


def test_many_wrong_names_from_one_address_lock_that_address(client, home_page):
    username = club().user.username
    for number in range(20):
        login(client, f"rater{number}", "falsch")
    response = login(client, username, PASSWORD)
    assert not logged_in(client)
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()


def test_forwarded_for_from_an_untrusted_sender_is_ignored(client, home_page, settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    username = club().user.username
    # gunicorn reached without the proxy: a new forged address per request changes nothing.
    fail_twenty_times(client, "203.0.113.{number}", "198.51.100.66")
    response = login(
        client, username, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.1", REMOTE_ADDR="198.51.100.66"
    )
    assert not logged_in(client)
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()


def test_without_configured_proxies_forwarded_for_counts_for_nothing(client, home_page, settings):
    settings.TRUSTED_PROXIES = []
    username = club().user.username
    fail_twenty_times(client, "203.0.113.{number}", "127.0.0.1")
    response = login(client, username, PASSWORD)
    assert not logged_in(client)
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()
