"""/healthz: is the database, the cache and the search engine reachable? For load balancers.

"ok" (200): everything works. "degraded" (200): a dependency the site can serve without is
failing (the cache: pages render uncached, limits count per process; the search engine: search
falls back to the database); every app server shares those, so pulling them all would take the
site down for nothing. "unavailable" (503): the database is gone and this server cannot answer.
The answer names only the checks and their state, never hosts, URLs or error texts. Apps above
operations add their own checks with register_health_check() (search: its engine).
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: database unreachable.")
        return False


def cache_ok():
    """A value written must be read back; a degraded cache that drops everything fails here."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", 10)
        found = cache.get(key) == "ok"
        cache.delete(key)
    except Exception:
        logger.exception("Health check: cache unreachable.")
        return False
    return found


_registered_checks = {}
# Checks without which this server cannot answer at all.
_critical = {"database"}


def register_health_check(name, check, *, critical=True):
    """check() answers True when the dependency works; one check per name.

    critical=False: the site still serves while it fails, so /healthz says "degraded" with 200.
    """
    _registered_checks[name] = check
    if critical:
        _critical.add(name)
    else:
        _critical.discard(name)


@never_cache
def healthz(request):
    checks = {"database": database_ok(), "cache": cache_ok()}
    checks.update((name, check()) for name, check in _registered_checks.items())
    failing = [name for name, passed in checks.items() if not passed]
    if any(name in _critical for name in failing):
        status, code = "unavailable", 503
    else:
        status, code = ("degraded" if failing else "ok"), 200
    body = {
        "status": status,
        "checks": {name: "ok" if passed else "failing" for name, passed in checks.items()},
    }
    return JsonResponse(body, status=code)
