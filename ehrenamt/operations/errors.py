"""The server error page: a database that is briefly gone is a 503 with Retry-After."""

import sys

from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request):
    """Django calls this inside its exception handler, so sys.exc_info() names the cause."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        response = HttpResponse(
            loader.get_template("503.html").render(),
            status=503,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    else:
        response = HttpResponseServerError(loader.get_template("500.html").render())
    response.headers["Cache-Control"] = "no-store"
    return response
