"""The club's one-click confirmation that a listing is still current."""

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from .freshness import extend, read_confirmation_token


@require_http_methods(["GET", "POST"])
def confirm_still_current(request, token):
    """GET shows one button, POST extends: link scanners in mailboxes must not extend listings."""
    opportunity, pending = read_confirmation_token(token)
    if opportunity is None:
        return render(request, "opportunities/freshness/invalid.html", status=400)
    if not opportunity.live:
        return render(request, "opportunities/freshness/offline.html", {"opportunity": opportunity})
    extended = False
    if pending and request.method == "POST":
        extend(opportunity)
        extended = True
    return render(
        request,
        "opportunities/freshness/confirm.html",
        {"opportunity": opportunity, "pending": pending and not extended, "extended": extended},
    )
