"""Which reverse proxies the app believes: their X-Forwarded-Proto counts, anybody else's is dropped.

Django reads SECURE_PROXY_SSL_HEADER from whoever sent the request. When gunicorn is reached
without the proxy, a client could claim https and so receive secure cookies and HSTS over plain
http, or slip past the HTTPS redirect. The middleware removes the header unless the request came
from one of TRUSTED_PROXIES (the same list that decides whose X-Forwarded-For counts, guard.py).
"""

import ipaddress

from django.conf import settings


def trusted_proxy(address):
    """Is this peer address one of TRUSTED_PROXIES (addresses or networks)?"""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(
        ip in ipaddress.ip_network(network, strict=False) for network in settings.TRUSTED_PROXIES
    )


class ForwardedProtoMiddleware:
    """Placed before SecurityMiddleware, so that its redirect and HSTS see the cleaned request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
        if header and not trusted_proxy(request.META.get("REMOTE_ADDR", "")):
            request.META.pop(header[0], None)
        return self.get_response(request)
