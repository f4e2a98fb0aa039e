"""/healthz: is the database, the cache and the search engine reachable? For load balancers.

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


def register_health_check(name, check):
    """check() answers True when the dependency works; one check per name."""
    _registered_checks[name] = check


@never_cache
def healthz(request):
    checks = {"database": database_ok(), "cache": cache_ok()}
    checks.update((name, check()) for name, check in _registered_checks.items())
    healthy = all(checks.values())
    body = {
        "status": "ok" if healthy else "unavailable",
        "checks": {name: "ok" if passed else "failing" for name, passed in checks.items()},
    }
    return JsonResponse(body, status=200 if healthy else 503)
