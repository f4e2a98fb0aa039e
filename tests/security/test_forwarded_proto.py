"""X-Forwarded-Proto makes a request secure only when a trusted reverse proxy sent it."""

import pytest
from django.test import RequestFactory

from ehrenamt.publicforms.proxies import ForwardedProtoMiddleware

pytestmark = pytest.mark.django_db
HSTS = "Strict-Transport-Security"


@pytest.fixture
def behind_proxy(settings):
    """Production's settings for the proxy in front (settings/production.py)."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    return settings


def test_a_direct_clients_forged_header_does_not_make_the_request_secure(
    client, home_page, behind_proxy
):
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="198.51.100.66")

    # Treated as the plain http it is: sent to https, no HSTS over http.
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"
    assert HSTS not in response


def test_the_trusted_proxys_header_makes_the_request_secure(client, home_page, behind_proxy):
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="127.0.0.1")

    assert response.status_code == 200
    assert response[HSTS].startswith("max-age=3600")


def test_the_trusted_proxy_without_the_header_is_plain_http(client, home_page, behind_proxy):
    response = client.get("/", REMOTE_ADDR="127.0.0.1")

    assert response.status_code == 301


def test_a_trusted_network_counts_like_an_address(behind_proxy):
    behind_proxy.TRUSTED_PROXIES = ["10.0.0.0/8"]
    seen = []
    middleware = ForwardedProtoMiddleware(lambda request: seen.append(request.is_secure()))
    for peer in ("10.20.30.40", "192.0.2.1", "not an address"):
        middleware(RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR=peer))

    assert seen == [True, False, False]
