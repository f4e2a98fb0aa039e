"""Writes one source's listings in batches: the decisions are sync.py's, the database work is here.

New listings go into the page tree through the opportunities app's bulk writer, changed ones are
updated in place with one UPDATE per batch (their slug and so their place in the tree stay), and
listings that left the feed are deleted as the admin would delete them. Search learns of each
batch at once.
"""

import hashlib
from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from wagtail.log_actions import log
from wagtail.models import Page

from ehrenamt.operations.pagetree import (
    PageTreeWriter,
    announce_published,
    announce_written,
    batched,
    insert_rows,
    replace_relations,
)
from ehrenamt.opportunities.models import Commitment, OpportunityPage

from . import traits
from .models import ImportedListing

# Pages held in memory per write; each batch is indexed at once.
BATCH_SIZE = 5000
DELETE_CHUNK_SIZE = 500
# What fill() sets on a page that already exists; the slug, and so the URL, never changes.
UPDATED_FIELDS = [
    "title",
    "draft_title",
    "summary",
    "description",
    "street_address",
    "postcode",
    "municipality",
    "latitude",
    "longitude",
    "remote_possible",
    "start_date",
    "end_date",
    "commitment",
    "hours_per_week",
    "volunteers_needed",
    "contact_name",
    "contact_email",
    "contact_phone",
    "valid_through",
    "last_confirmed",
    "source_name",
    "source_url",
    "live",
    *traits.FIELDS,
]
LISTING_FIELDS = ["organisation", "fingerprint", "checksum"]
LINK_FIELDS = ["source", "record_id", "page", *LISTING_FIELDS]


@dataclass
class Pending:
    """A record that passed every check, with what sync.py matched and decided for it."""

    record: object
    municipality: object
    valid_through: object
    terms: dict
    fingerprint: str
    checksum: str
    listing: ImportedListing | None = None


class ListingWriter:
    def __init__(self, source, parent):
        self.source, self.parent = source, parent
        self.tree = PageTreeWriter()
        self.slugs = set(Page.objects.child_of(parent).values_list("slug", flat=True))
        self.new, self.changed = [], []

    def create(self, pending):
        self.new.append(pending)
        self.flush_when_full()

    def update(self, pending):
        self.changed.append(pending)
        self.flush_when_full()

    def flush_when_full(self):
        if len(self.new) + len(self.changed) >= BATCH_SIZE:
            self.flush()

    def finish(self, vanished):
        """Write what is still pending, then delete the listings that left the feed."""
        self.flush()
        self.tree.finish()
        self.delete(vanished)

    def flush(self):
        if self.new:
            self.write_new(self.new)
            self.new = []
        if self.changed:
            self.write_changed(self.changed)
            self.changed = []

    def write_new(self, batch):
        rows = []
        for item in batch:
            page = self.fill(OpportunityPage(), item)
            page.slug = self.unique_slug(page.slug)
            rows.append((self.parent, page, item.terms))
        pages = self.tree.add(OpportunityPage, rows)
        insert_rows(
            ImportedListing._meta.db_table,
            [ImportedListing._meta.get_field(name).column for name in LINK_FIELDS],
            (
                (self.source.pk, item.record.source_id, page.pk, *link_values(item))
                for item, page in zip(batch, pages, strict=True)
            ),
        )
        announce_written(OpportunityPage, pages)

    def write_changed(self, batch):
        pages = OpportunityPage.objects.in_bulk([item.listing.page_id for item in batch])
        filled = [self.fill(pages[item.listing.page_id], item) for item in batch]
        OpportunityPage.objects.bulk_update(filled, UPDATED_FIELDS)
        replace_relations(
            OpportunityPage,
            [(page, item.terms) for page, item in zip(filled, batch, strict=True)],
        )
        for item in batch:
            for name, value in zip(LISTING_FIELDS, link_values(item), strict=True):
                setattr(item.listing, name, value)
        ImportedListing.objects.bulk_update([item.listing for item in batch], LISTING_FIELDS)
        # Read back: the partner's terms are not all of a page's lists.
        announce_published(OpportunityPage, [page.pk for page in filled])

    def delete(self, listings):
        """Delete as the admin does: logged per page, numchild and search kept right by the tree."""
        for chunk in batched([listing.page_id for listing in listings], DELETE_CHUNK_SIZE):
            pages = OpportunityPage.objects.filter(pk__in=chunk)
            for page in pages:
                log(instance=page, action="wagtail.delete", deleted=True)
            pages.delete()

    def unique_slug(self, slug):
        # add_child would refuse a sibling's slug; two titles may share one after slugify.
        candidate, number = slug, 2
        while candidate in self.slugs:
            candidate, number = f"{slug}-{number}", number + 1
        self.slugs.add(candidate)
        return candidate

    def fill(self, page, item):
        record, source = item.record, self.source
        page.title = page.draft_title = record.title
        if not page.slug:
            digest = hashlib.sha256(record.source_id.encode()).hexdigest()[:8]
            page.slug = f"{slugify(record.title)[:60]}-{digest}".strip("-")
        description = record.description or record.summary or record.title
        page.summary = Truncator(record.summary or description).chars(300)
        page.description = "".join(
            f"<p>{escape(part)}</p>" for part in description.split("\n") if part.strip()
        )
        page.street_address = record.street_address
        page.postcode = record.postcode
        page.municipality = item.municipality
        # What Located.save() would do: the point radius searches use.
        page.latitude, page.longitude = page.coordinates()
        page.remote_possible = record.remote
        page.start_date, page.end_date = record.start_date, record.end_date
        page.commitment = commitment_of(record)
        page.hours_per_week = record.hours_per_week
        page.volunteers_needed = record.volunteers_needed or 1
        page.contact_name = record.contact_name
        page.contact_email = record.contact_email
        page.contact_phone = record.contact_phone
        page.valid_through = item.valid_through
        page.last_confirmed = timezone.localdate()
        page.source_name = source.name
        page.source_url = record.url or source.website or source.url
        traits.fill(page, record)
        page.live = True
        return page


def link_values(item):
    """The values of LISTING_FIELDS for a pending record."""
    return item.record.organisation, item.fingerprint, item.checksum


# A dated role that lasts longer than this is regular work between two dates, not an event.
LONGEST_EVENT_DAYS = 31


def commitment_of(record):
    """The partner's own word if it gave one; else hours per week mean regular work, dates an
    event (a five-day festival too), and neither flexible work."""
    if record.commitment:
        return record.commitment
    if record.hours_per_week:
        return Commitment.REGULAR
    if record.start_date:
        last_day = record.end_date or record.start_date
        if (last_day - record.start_date).days <= LONGEST_EVENT_DAYS:
            return Commitment.ONE_OFF
        return Commitment.REGULAR
    return Commitment.FLEXIBLE
