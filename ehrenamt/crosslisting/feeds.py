"""Atom feeds (RFC 4287) of new opportunities: all, per municipality and per engagement area.

Every feed has an id, its own address (rel self), an author and the licence as rights; every
entry an id, title, updated, link and summary, as the W3C feed validator requires. Addresses are
the public ones of the site the request came to (BASE_URL or a town's own host).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

from .opendata import licence, site_root

FEED_LENGTH = 50


@dataclass
class Scope:
    """What a feed covers (None: everything) and the public address it is read at."""

    subject: object
    root: str
    path: str


class OpportunityFeed(Feed):
    feed_type = Atom1Feed
    url_name = "opendata:all_feed"

    def get_object(self, request, **kwargs):
        subject = self.subject(**kwargs)
        arguments = {"slug": subject.slug} if subject else {}
        return Scope(subject, site_root(request), reverse(self.url_name, kwargs=arguments))

    def subject(self):
        return None

    def matching(self, listings, subject):
        return listings

    def items(self, scope):
        return (
            self.matching(OpportunityPage.objects.current(), scope.subject)
            .select_related("municipality", "club", "imported__source")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def title(self, scope):
        return _("Neue Engagement-Angebote")

    def search_parameters(self, scope):
        return ""

    def link(self, scope):
        return f"{scope.root}/suche/?{self.search_parameters(scope)}sort=newest"

    def feed_url(self, scope):
        return scope.root + scope.path

    def feed_guid(self, scope):
        return scope.root + scope.path

    def author_name(self, scope):
        return settings.WAGTAIL_SITE_NAME

    def author_link(self, scope):
        return scope.root + "/"

    def feed_copyright(self, scope):
        terms = licence()
        return f"{terms['attribution']}: {terms['name']} ({terms['url']})"

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom's summary is sent as type="html": plain text must arrive as text.
        return escape(item.summary)

    def item_link(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        # Atom requires `updated` on every entry; a page written in bulk has only its dates.
        return item.last_published_at or item.first_published_at or confirmed_at(item)

    def item_author_name(self, item):
        return item.source_name or (item.club.title if item.club else "")

    def item_copyright(self, item):
        """Partners' listings keep their partners' licence."""
        imported = getattr(item, "imported", None)
        if imported is None:
            return None
        return f"{imported.source.attribution} ({imported.source.licence})"


def confirmed_at(item):
    return timezone.make_aware(datetime.datetime.combine(item.last_confirmed, datetime.time()))


class MunicipalityFeed(OpportunityFeed):
    url_name = "opendata:municipality_feed"

    def subject(self, slug):
        return get_object_or_404(Municipality, slug=slug)

    def matching(self, listings, municipality):
        return listings.filter(municipality=municipality)

    def title(self, scope):
        return _("Neue Engagement-Angebote in %(place)s") % {"place": scope.subject.name}

    def search_parameters(self, scope):
        return f"municipality={scope.subject.slug}&"


class CategoryFeed(OpportunityFeed):
    url_name = "opendata:category_feed"

    def subject(self, slug):
        return get_object_or_404(Category, slug=slug)

    def matching(self, listings, category):
        return listings.filter(categories=category)

    def title(self, scope):
        return _("Neue Engagement-Angebote: %(category)s") % {"category": scope.subject.name}

    def search_parameters(self, scope):
        return f"category={scope.subject.slug}&"
