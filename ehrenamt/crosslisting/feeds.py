"""Atom feeds of new opportunities per municipality and per engagement area."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

FEED_LENGTH = 50


class OpportunityFeed(Feed):
    feed_type = Atom1Feed

    def items(self, obj):
        return (
            self.matching(OpportunityPage.objects.current(), obj)
            .select_related("municipality", "club")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.source_name or (item.club.title if item.club else "")


class MunicipalityFeed(OpportunityFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Municipality, slug=slug)

    def matching(self, listings, municipality):
        return listings.filter(municipality=municipality)

    def title(self, municipality):
        return _("Neue Engagement-Angebote in %(place)s") % {"place": municipality.name}

    def link(self, municipality):
        return f"/suche/?municipality={municipality.slug}&sort=newest"


class CategoryFeed(OpportunityFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def matching(self, listings, category):
        return listings.filter(categories=category)

    def title(self, category):
        return _("Neue Engagement-Angebote: %(category)s") % {"category": category.name}

    def link(self, category):
        return f"/suche/?category={category.slug}&sort=newest"
