"""Every search as an Atom feed (RFC 4287): the newest roles that match its filters.

Built on the open-data feeds (crosslisting/feeds.py) for entries; the items come from the search
service, so the feed answers exactly what /suche/ answers with the same filters.
"""

import dataclasses
import datetime
from types import SimpleNamespace

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ehrenamt.crosslisting.feeds import FEED_LENGTH, OpportunityFeed
from ehrenamt.crosslisting.opendata import licence
from ehrenamt.opportunities.models import OpportunityPage

from .describe import describe
from .forms import SearchForm
from .query import Sort
from .service import run_search

# Paging and order are the feed's own: always the newest first.
NOT_FILTERS = ("page", "page_size", "sort")


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def filter_query_string(params):
    params = params.copy()
    for name in NOT_FILTERS:
        params.pop(name, None)
    return params.urlencode()


class SearchFeed(OpportunityFeed):
    def __call__(self, request, *args, **kwargs):
        form = SearchForm(request.GET)
        if not form.is_valid():
            messages = [str(error) for errors in form.errors.values() for error in errors]
            return HttpResponseBadRequest(
                " ".join(messages), content_type="text/plain; charset=utf-8"
            )
        request.search_form = form
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request):
        form = request.search_form
        query = dataclasses.replace(
            form.to_query(), sort=Sort.NEWEST, page=1, page_size=FEED_LENGTH
        )
        filters = filter_query_string(request.GET)
        return SimpleNamespace(
            query=query,
            description=" · ".join(describe(form)),
            search_url=absolute(reverse("search") + ("?" + filters if filters else "")),
            feed_url=absolute(reverse("search_feed") + ("?" + filters if filters else "")),
        )

    def items(self, search):
        ids = run_search(search.query).ids
        pages = OpportunityPage.objects.filter(pk__in=ids).select_related("club", "municipality")
        by_id = {page.pk: page for page in pages}
        return [by_id[pk] for pk in ids if pk in by_id]

    def title(self, search):
        return _("Neue Engagement-Angebote: %(search)s") % {"search": search.description}

    def subtitle(self, search):
        return _("Die neuesten Angebote zu dieser Suche auf %(site)s") % {
            "site": settings.WAGTAIL_SITE_NAME
        }

    def link(self, search):
        return search.search_url

    def feed_url(self, search):
        return search.feed_url

    def feed_guid(self, search):
        return search.feed_url

    def author_name(self):
        return settings.WAGTAIL_SITE_NAME

    def author_link(self):
        return absolute("/")

    def feed_copyright(self):
        terms = licence()
        return _(
            "%(attribution)s, %(licence)s (%(url)s); Angebote von Partnerportalen unter deren Lizenzen"
        ) % {"attribution": terms["attribution"], "licence": terms["name"], "url": terms["url"]}

    def item_link(self, item):
        return absolute(item.url)

    def item_guid(self, item):
        return absolute(item.url)

    def item_updateddate(self, item):
        """RFC 4287 wants it on every entry; pages created in code may lack publishing dates."""
        confirmed = datetime.datetime.combine(item.last_confirmed, datetime.time.min)
        return item.last_published_at or item.first_published_at or timezone.make_aware(confirmed)

    def item_author_name(self, item):
        return item.source_name or (item.club.title if item.club else None)
