"""Whole-page cache for anonymous visitors, and the Cache-Control headers a CDN can use.

A response is shared (kept here and marked public for nginx or a CDN) only when it cannot hold
anything personal: a GET without session or message cookies, answered with 200, no cookie set,
no CSRF token rendered, no message shown and no Cache-Control chosen by the view itself.

Pages with a public form (inquiry, registration, feedback) carry a CSRF token and a start time
per visitor. Those parts are rendered inside a per-visitor region ({% per_visitor %}): the
stored page keeps only the region's template name and every hit renders it afresh, so each
visitor gets their own token and cookie. Such pages are kept here but marked private.

Entries are keyed on the query parameters the page read (queryreads.py), so unknown parameters
add no entries: a rendering is stored only when the query held nothing the page ignored, and is
then served for every query that agrees on the parameters it read. Per URL the cache keeps the
names read so far.

Each stored page carries tags, and its key the current generation of each (cachetags.py):
publishing, unpublishing, moving or deleting a page drops the pages that show it, changing the
reference data, images, sites or settings drops everything. With Redis (REDIS_URL) all app
servers share the generations.
"""

import hashlib
import json
import re

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_from_request
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractRendition
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import cachetags
from .queryreads import ReadTrackingQueryDict, only_read, variant
from .signals import pages_written_in_bulk

# Apps whose data shows on public pages outside the page tree's own publish signals; of
# Wagtail's own models only these (revisions, logs and workflow states show nowhere).
INVALIDATING_APPS = {"taxonomy", "regions", "home", "crosslisting", "wagtailimages"}
INVALIDATING_WAGTAIL_MODELS = {"site", "locale", "pageviewrestriction", "redirect"}
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Frame-Options", "Link")
PER_VISITOR = re.compile(
    rb"<!--per-visitor (?P<template>[\w/.-]+)-->.*?<!--/per-visitor-->", re.DOTALL
)


def per_visitor_region(template_name, html):
    return f"<!--per-visitor {template_name}-->{html}<!--/per-visitor-->"


def _without_visitor_parts(content):
    """The page with its per-visitor regions emptied; None if a token is left outside them."""
    emptied = PER_VISITOR.sub(rb"<!--per-visitor \g<template>--><!--/per-visitor-->", content)
    return None if b"csrfmiddlewaretoken" in emptied else emptied


def _with_visitor_parts(content, request):
    def render(match):
        template_name = match["template"].decode()
        # Lazy: a region without a CSRF token (the alert form's) sets no CSRF cookie.
        token = SimpleLazyObject(lambda: get_token(request))
        html = render_to_string(template_name, {"csrf_token": token})
        return per_visitor_region(template_name, html).encode()

    return PER_VISITOR.sub(render, content)


def _model_changed(sender, **kwargs):
    # Renditions, and settings rows created with their defaults, appear while pages render;
    # they change no page. Pages show a change when it is published (signals below), so a
    # draft, which saves the page's row too, drops nothing.
    if issubclass(sender, AbstractRendition | Page) or kwargs.get("raw"):
        return
    if kwargs.get("created") and issubclass(sender, BaseSiteSetting | BaseGenericSetting):
        return
    meta = sender._meta
    if meta.app_label in INVALIDATING_APPS or meta.model_name in INVALIDATING_WAGTAIL_MODELS:
        cachetags.drop_site()


def _page_changed(sender, instance, **kwargs):
    cachetags.pages_changed([instance.path])


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        cachetags.pages_changed([instance.path])


def _page_arrived(sender, instance, parent_page_after, **kwargs):
    cachetags.drop([cachetags.LISTINGS, f"at:{parent_page_after.path}"])


def _pages_written(sender, pages, **kwargs):
    cachetags.pages_changed(page.path for page in pages)


def connect_invalidation():
    page_published.connect(_page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="pagecache_unpublished")
    # Before a move the page still has its old path; afterwards its new parent lists it.
    pre_page_move.connect(_page_changed, dispatch_uid="pagecache_leaving")
    post_page_move.connect(_page_arrived, dispatch_uid="pagecache_moved")
    # Listings written in bulk (partner imports, demo data) bypass page_published.
    pages_written_in_bulk.connect(_pages_written, dispatch_uid="pagecache_bulk_published")
    post_delete.connect(_page_deleted, dispatch_uid="pagecache_page_deleted")
    post_save.connect(_model_changed, dispatch_uid="pagecache_model_saved")
    post_delete.connect(_model_changed, dispatch_uid="pagecache_model_deleted")


def anonymous_read(request):
    """A read by someone without a session or pending messages, outside admin and forms."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES):
        return False
    # A chosen language is a cookie shared caches would ignore once Vary: Cookie is dropped.
    personal_cookies = (
        settings.SESSION_COOKIE_NAME,
        CookieStorage.cookie_name,
        settings.LANGUAGE_COOKIE_NAME,
    )
    return not any(name in request.COOKIES for name in personal_cookies)


def storable(request, response):
    """Nothing personal apart from per-visitor regions; whether there are any is checked apart."""
    messages = getattr(request, "_messages", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not set(response.cookies) - {settings.CSRF_COOKIE_NAME}
        and "Cache-Control" not in response.headers
        and not getattr(messages, "used", False)
    )


def url_key(request):
    # Accept-Language picks German or English (LocaleMiddleware), so each language has its entry.
    url = request.build_absolute_uri(request.path)
    language = get_language_from_request(request)
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"pagecache:{language}:{digest}"


def reads_key(base):
    return f"{base}:reads"


def tags_key(base):
    return f"{base}:tags"


def page_key(base, query, names, generations):
    """The entry for the values of the parameters in `names` and the generations of its tags."""
    identity = json.dumps([sorted(names), variant(query, names), generations])
    return f"{base}:{hashlib.sha256(identity.encode()).hexdigest()}"


def mark_public(response):
    # The content does not depend on cookies: only cookie-less requests get here.
    vary = [
        value.strip()
        for value in response.headers.get("Vary", "").split(",")
        if value.strip() and value.strip().lower() != "cookie"
    ]
    if vary:
        response.headers["Vary"] = ", ".join(vary)
    else:
        response.headers.pop("Vary", None)
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PUBLIC_CACHE_MAX_AGE)


def mark_private(response):
    if "Cache-Control" not in response.headers:
        patch_cache_control(response, private=True, max_age=0)


def _stored(response, content, per_visitor):
    headers = {name: response.headers[name] for name in STORED_HEADERS if name in response}
    return {"content": content, "headers": headers, "per_visitor": per_visitor}


def _from_store(entry, request):
    # Entries kept before per-visitor regions existed are shared pages.
    per_visitor = entry.get("per_visitor", False)

    def respond(request):
        content = entry["content"]
        if per_visitor:
            content = _with_visitor_parts(content, request)
        response = HttpResponse(content, headers=entry["headers"])
        (mark_private if per_visitor else mark_public)(response)
        response.headers["X-Page-Cache"] = "hit"
        return response

    # Hits skip the middleware below this one; for per-visitor parts Django's own CSRF
    # middleware reads the visitor's cookie and sets it when the new token needs one.
    return CsrfViewMiddleware(respond)(request) if per_visitor else respond(request)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not anonymous_read(request):
            response = self.get_response(request)
            mark_private(response)
            return response
        use_store = settings.PAGE_CACHE_SECONDS > 0
        query = request.GET
        base = url_key(request) if use_store else None
        known = cache.get_many([reads_key(base), tags_key(base)]) if base else {}
        # The names this URL's renderings read so far; none known yet means "read nothing".
        known_reads = set(known.get(reads_key(base), ()))
        tags = tuple(known.get(tags_key(base), cachetags.VIEW_TAGS))
        # Taken before rendering: a change published meanwhile makes this rendering unreachable.
        generations = cachetags.generations(tags) if base else []
        if base:
            entry = cache.get(page_key(base, query, known_reads, generations))
            if entry is not None:
                return _from_store(entry, request)
        reads = set()
        if base:
            request.GET = ReadTrackingQueryDict(
                request.META.get("QUERY_STRING", ""), reads, encoding=request.encoding
            )
        response = self.get_response(request)
        if not storable(request, response):
            mark_private(response)
            return response
        names = known_reads | reads
        if base and names != known_reads:
            cache.set(reads_key(base), sorted(names), settings.PAGE_CACHE_SECONDS)
        # A page served from the tree names its own tags (wagtail_hooks.py); other views list.
        rendered_tags = getattr(request, "page_cache_tags", cachetags.VIEW_TAGS)
        if base and rendered_tags != tags:
            cache.set(tags_key(base), rendered_tags, settings.PAGE_CACHE_SECONDS)
            generations = cachetags.generations(rendered_tags)
        # A rendering seen with ignored parameters may show them (links, the language switch's
        # return address): only clean renderings are kept, and serve the others.
        key = None
        if base and only_read(query, names):
            key = page_key(base, query, names, generations)
        content = response.content
        # Django sets the CSRF cookie on every response that rendered a token.
        per_visitor = settings.CSRF_COOKIE_NAME in response.cookies
        if per_visitor:
            mark_private(response)
            content = _without_visitor_parts(content)
            if content is None:
                return response
        else:
            mark_public(response)
        if key:
            cache.set(key, _stored(response, content, per_visitor), settings.PAGE_CACHE_SECONDS)
            response.headers["X-Page-Cache"] = "miss"
        return response
