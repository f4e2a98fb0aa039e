"""Runs every active source; used by `manage.py import_feeds` and the scheduled task."""

from .mapping import Matcher
from .models import FeedSource
from .sync import import_source


def import_all(names=None):
    sources = FeedSource.objects.filter(active=True).select_related("partner_page", "state")
    if names:
        sources = sources.filter(name__in=names)
    matcher = Matcher()
    return [import_source(source, matcher) for source in sources]
