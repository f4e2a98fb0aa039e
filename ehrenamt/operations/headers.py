"""Security headers Django does not send itself: Content-Security-Policy and Permissions-Policy.

Public pages get a strict policy: scripts only from our own origin, no inline script, no
third-party requests, no framing. Django's SecurityMiddleware and XFrameOptionsMiddleware send
nosniff, Referrer-Policy and X-Frame-Options. The Wagtail admin renders inline scripts and
styles of its own, so it gets a relaxed policy that keeps scripts on our origin; its images may
also come from the map tile server, for the map on which editors correct a listing's point.
"""

from urllib.parse import urlsplit

from django.conf import settings

PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        # The portal's primary colour is one inline custom property in base.html.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


# Set by the map's consent view (home/maps.py) for the rest of the visit.
MAP_CONSENT_SESSION_KEY = "map_consent"


def tile_origin():
    """scheme://host of the map tile server (settings.MAP_TILE_URL)."""
    parts = urlsplit(settings.MAP_TILE_URL)
    return f"{parts.scheme}://{parts.netloc}"


def has_map_consent(request):
    session = getattr(request, "session", None)
    return bool(session and session.get(MAP_CONSENT_SESSION_KEY))


def public_policy(request):
    """The strict policy; map tiles may load as images once the visitor asked for the map."""
    if has_map_consent(request):
        return PUBLIC_POLICY.replace(
            "img-src 'self' data:", f"img-src 'self' data: {tile_origin()}"
        )
    return PUBLIC_POLICY


def admin_policy():
    """The admin's policy; the editor's map shows tiles from the configured server only."""
    return ADMIN_POLICY.replace(
        "img-src 'self' data: blob:", f"img-src 'self' data: blob: {tile_origin()}"
    )


def is_admin_path(path):
    return path.startswith(settings.SECURITY_ADMIN_PATH_PREFIXES)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = admin_policy() if is_admin_path(request.path) else public_policy(request)
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
