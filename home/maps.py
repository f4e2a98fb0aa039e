"""The optional map beside opportunity lists, shown only after the person asks for it.

Map tiles come from an outside server (MAP_TILE_URL), which sees the visitor's address, so nothing
of the map loads until the person clicks "Karte anzeigen". The choice is kept in the session for
the visit; the Content-Security-Policy lets the browser fetch tiles only for such a session
(ehrenamt/operations/headers.py). The list stays the primary, fully accessible view.
"""

from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ehrenamt.operations.headers import MAP_CONSENT_SESSION_KEY, has_map_consent, tile_origin

__all__ = ["has_map_consent", "map_consent", "tile_origin"]


def same_origin(request):
    """Whether the form was sent from one of our own pages (browsers send Origin with POST)."""
    origin = request.headers.get("Origin")
    return origin is not None and origin == request.build_absolute_uri("/").rstrip("/")


# No CSRF token, so that the pages carrying this form stay cacheable; the Origin check stops
# other sites from switching the map on for someone.
@csrf_exempt
@require_POST
def map_consent(request):
    if not same_origin(request):
        return HttpResponseForbidden()
    request.session[MAP_CONSENT_SESSION_KEY] = request.POST.get("show") == "1"
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)
