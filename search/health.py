"""The search engine's health check, registered with operations' /healthz."""

import logging

from django.conf import settings

from ehrenamt.operations.health import database_ok

from .elastic.index import client

logger = logging.getLogger(__name__)


def search_ok():
    # Without Elasticsearch the search runs on the database.
    if not settings.ELASTICSEARCH_URL:
        return database_ok()
    try:
        return bool(client().ping())
    except Exception:
        logger.exception("Health check: search engine unreachable.")
        return False
