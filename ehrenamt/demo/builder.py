"""Seeds the portal with demo clubs and opportunities; the engine behind `manage.py seed_demo`."""

import time
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from ehrenamt.clubs.models import ClubIndexPage, ClubPage
from ehrenamt.operations.pagetree import PageTreeWriter, announce_written, batched
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Activity, Category, Language, TargetGroup
from home.site_tree import ensure_site_tree

from .images import ensure_logos, ensure_photos
from .plan import DemoPlan, Place

CHUNK_SIZE = 5000
KREIS_BERGSTRASSE = "kreis-bergstrasse"
TERM_MODELS = {
    "categories": Category,
    "target_groups": TargetGroup,
    "activities": Activity,
    "languages": Language,
}


@dataclass
class SeedResult:
    clubs_created: int = 0
    clubs_existing: int = 0
    opportunities_created: int = 0
    opportunities_existing: int = 0
    seconds_writing: float = 0.0
    seconds_indexing: float = 0.0


def load_places():
    municipalities = Municipality.objects.select_related("district__state").prefetch_related(
        "postcodes"
    )
    return {
        municipality.pk: (
            municipality,
            Place(
                municipality_id=municipality.pk,
                slug=municipality.slug,
                name=municipality.name,
                state=municipality.district.state.code,
                in_kreis_bergstrasse=municipality.district.slug == KREIS_BERGSTRASSE,
                latitude=municipality.latitude,
                longitude=municipality.longitude,
                postcode=min(
                    (postcode.code for postcode in municipality.postcodes.all()), default=""
                ),
                area_code=municipality.area_code,
            ),
        )
        for municipality in municipalities
    }


def term_ids():
    return {
        name: dict(model.objects.values_list("slug", "pk")) for name, model in TERM_MODELS.items()
    }


class DemoSeeder:
    def __init__(self, seed):
        self.seed = seed
        self.result = SeedResult()
        self.writer = PageTreeWriter()

    def run(self, clubs, opportunities):
        ensure_site_tree()
        index = ClubIndexPage.objects.get()
        places = load_places()
        plan = DemoPlan(
            self.seed,
            [place for _m, place in places.values()],
            timezone.localdate(),
            timezone.now(),
        )
        self.municipalities = {pk: municipality for pk, (municipality, _p) in places.items()}
        self.logos = ensure_logos()
        self.photos = ensure_photos()
        self.terms = term_ids()
        club_plans = plan.clubs(clubs)
        with transaction.atomic():
            club_pages = self.write_clubs(index, club_plans)
            self.write_opportunities(
                index, plan.opportunities(opportunities, club_plans), club_pages, opportunities
            )
            self.writer.finish()
        return self.result

    def write_clubs(self, index, club_plans):
        existing = set(Page.objects.child_of(index).values_list("slug", flat=True))
        new = [club for club in club_plans if club.slug not in existing]
        self.result.clubs_existing = len(club_plans) - len(new)
        pages = self.timed_write(
            ClubPage,
            [
                (
                    index,
                    self.club_page(club),
                    {"categories": self.ids("categories", club.categories)},
                )
                for club in new
            ],
        )
        self.result.clubs_created = len(pages)
        # Parents for the opportunities: the clubs just written and those of an earlier run, as
        # club pages, so that the opportunities are indexed with their club's name at hand.
        return {
            page.slug: page
            for page in ClubPage.objects.child_of(index).filter(
                slug__in=[club.slug for club in club_plans]
            )
        }

    def write_opportunities(self, index, opportunity_plans, club_pages, wanted):
        """Write planned opportunities until the demo clubs have `wanted` of them.

        A run with the same options finds them all and adds nothing. A run with more clubs assigns
        listings to clubs differently; counting towards the total keeps it at `wanted` all the same.
        """
        club_urls = {club.url_path for club in club_pages.values()}
        existing = {
            url_path
            for url_path in Page.objects.descendant_of(index)
            .filter(depth=index.depth + 2)
            .values_list("url_path", flat=True)
            if url_path.rsplit("/", 2)[0] + "/" in club_urls
        }
        self.result.opportunities_existing = len(existing)
        missing = wanted - len(existing)
        if missing <= 0:
            return
        for chunk in batched(opportunity_plans, CHUNK_SIZE):
            rows = []
            for opportunity in chunk:
                club = club_pages[opportunity.club.slug]
                if len(rows) >= missing or f"{club.url_path}{opportunity.slug}/" in existing:
                    continue
                relations = {
                    name: self.ids(name, slugs) for name, slugs in opportunity.relations.items()
                }
                rows.append((club, self.opportunity_page(opportunity, club), relations))
            missing -= len(rows)
            self.result.opportunities_created += len(self.timed_write(OpportunityPage, rows))
            if missing <= 0:
                break

    def timed_write(self, model, rows):
        started = time.perf_counter()
        pages = self.writer.add(model, rows)
        self.result.seconds_writing += time.perf_counter() - started
        started = time.perf_counter()
        announce_written(model, pages)
        self.result.seconds_indexing += time.perf_counter() - started
        return pages

    def club_page(self, club):
        page = ClubPage(
            title=club.title,
            slug=club.slug,
            logo=self.logos[club.kind.key] if club.has_logo else None,
            photo=self.photo(club.kind, club.photo),
            **club.fields,
        )
        return self.locate(page)

    def opportunity_page(self, opportunity, club):
        page = OpportunityPage(
            title=opportunity.title,
            slug=opportunity.slug,
            club_id=club.pk,
            image=self.photo(opportunity.club.kind, opportunity.photo),
            **opportunity.fields,
        )
        return self.locate(page)

    def photo(self, kind, variant):
        return None if variant is None else self.photos[kind.key][variant]

    def locate(self, page):
        # What Located.save() would do: the point radius searches use.
        page.municipality = self.municipalities[page.municipality_id]
        page.latitude, page.longitude = page.coordinates()
        return page

    def ids(self, name, slugs):
        return [self.terms[name][slug] for slug in slugs if slug in self.terms[name]]


def seed_demo(clubs, opportunities, seed):
    return DemoSeeder(seed).run(clubs, opportunities)
