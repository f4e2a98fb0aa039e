"""Which cached pages a change drops: every stored page carries tags, every tag a generation.

A page's cache key holds the current generation of each of its tags (pagecache.py). A change
starts new generations for the tags it concerns, so exactly the pages that carry one of them
become unreachable and expire on their own. The tags:
- "site": every page. Reference data, images, sites and settings change it.
- "listings": what lists or counts opportunities: search, feeds, the API, home, landing pages,
  initiatives, directories. Every view that is not a page, and every page type except those
  that declare `lists_other_pages = False`.
- "at:<path>": one page of the tree, by its treebeard path. Dropped when the page, or a child of
  it, is published, unpublished, moved or deleted (a club's page lists its roles).
- "under:<path>": the pages below one, which show its title (breadcrumbs, the club's name).
Drafts drop nothing: only publishing shows a change.
"""

import uuid

from django.core.cache import cache
from wagtail.models import Page

SITE = "site"
LISTINGS = "listings"
VIEW_TAGS = (LISTINGS, SITE)


def _key(tag):
    return f"pagecache:tag:{tag}"


def tags_of_page(page):
    """The tags of a page's own URL."""
    path = page.path
    ancestors = {f"under:{path[:end]}" for end in range(Page.steplen, len(path), Page.steplen)}
    listing = {LISTINGS} if getattr(page, "lists_other_pages", True) else set()
    return tuple(sorted({SITE, f"at:{path}"} | ancestors | listing))


def generations(tags):
    """The current generation of each tag; a tag seen for the first time gets one."""
    keys = [_key(tag) for tag in tags]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, uuid.uuid4().hex, None)
            # Another server may have added it first; its value is the one everyone uses.
            found[key] = cache.get(key, "")
    return [found[key] for key in keys]


def drop(tags):
    cache.set_many({_key(tag): uuid.uuid4().hex for tag in tags}, None)


def drop_site(**kwargs):
    drop([SITE])


def _changed_at(path):
    """A page at `path` changed: its own URL, the pages below it and its parent's."""
    return [f"at:{path}", f"under:{path}", f"at:{path[: -Page.steplen]}"]


def pages_changed(paths):
    drop([LISTINGS, *(tag for path in paths for tag in _changed_at(path))])
