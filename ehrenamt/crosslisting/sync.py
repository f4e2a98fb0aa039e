"""Brings one source's listings in step with its feed: create, update, remove, never duplicate."""

import datetime
import hashlib
import logging
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from wagtail.signals import page_published

from ehrenamt.opportunities.models import Commitment, OpportunityPage

from .fetch import loader_for
from .importers import IMPORTERS, FeedError, Rejection
from .mapping import Matcher, fingerprint
from .models import ImportedListing
from .partners import partner_page

logger = logging.getLogger(__name__)


@dataclass
class ImportReport:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    duplicates: int = 0
    rejected: list = field(default_factory=list)
    error: str = ""


def import_source(source, matcher=None):
    """Import one source; a feed that fails entirely leaves its listings as they were."""
    report = ImportReport(source.name)
    source.last_run_at = timezone.now()
    try:
        entries = list(IMPORTERS[source.format]().read(loader_for(source)))
    except FeedError as error:
        report.error = str(error)
    else:
        good = [entry for entry in entries if not isinstance(entry, Rejection)]
        report.rejected = [entry for entry in entries if isinstance(entry, Rejection)]
        if entries and not good:
            report.error = _("Kein einziger Eintrag war brauchbar.")
        else:
            with transaction.atomic():
                Sync(source, report, matcher or Matcher()).run(good, report.rejected)
    if report.error:
        logger.warning("Feed %s failed: %s", source.name, report.error)
    else:
        source.last_success_at = source.last_run_at
    source.last_error = report.error
    source.save(update_fields=["last_run_at", "last_success_at", "last_error"])
    return report


def checksum(record, municipality_id, category_ids):
    values = {**asdict(record), "municipality": municipality_id, "category_ids": category_ids}
    return hashlib.sha256(repr(sorted(values.items())).encode()).hexdigest()


class Sync:
    def __init__(self, source, report, matcher):
        self.source, self.report, self.matcher = source, report, matcher
        self.parent = partner_page(source)
        self.existing = {
            listing.record_id: listing
            for listing in ImportedListing.objects.filter(source=source).select_related("page")
        }
        self.taken = self.known_fingerprints()

    def known_fingerprints(self):
        """Fingerprints of our own live listings and of every other source's imports."""
        own = OpportunityPage.objects.live().filter(imported__isnull=True)
        taken = {
            fingerprint(title, club or "", municipality_id): _("Kopie eines eigenen Angebots.")
            for title, club, municipality_id in own.values_list(
                "title", "club__title", "municipality_id"
            )
        }
        others = ImportedListing.objects.exclude(source=self.source).values_list(
            "fingerprint", "source__name"
        )
        for print_, name in others:
            taken.setdefault(print_, _("Schon über „%(source)s“ übernommen.") % {"source": name})
        return taken

    def run(self, records, rejected):
        # A rejected record keeps what it showed before: bad data loses nothing.
        seen = {rejection.source_id for rejection in rejected}
        for record in records:
            if record.source_id in seen:
                self.reject(record, _("Die Kennung kommt im Feed mehrfach vor."), duplicate=True)
                continue
            seen.add(record.source_id)
            self.apply(record)
        for source_id, listing in self.existing.items():
            if source_id not in seen:
                listing.page.delete()
                self.report.removed += 1

    def reject(self, record, reason, duplicate=False):
        self.report.rejected.append(Rejection(record.source_id, reason))
        self.report.duplicates += duplicate

    def apply(self, record):
        municipality = self.matcher.municipality(record.town, record.postcode)
        if municipality is None:
            reason = _("Den Ort „%(town)s %(postcode)s“ kennen wir nicht.") % {
                "town": record.town,
                "postcode": record.postcode,
            }
            return self.reject(record, reason.replace("  ", " "))
        valid_through = record.valid_through or record.end_date or default_valid_through()
        if valid_through < timezone.localdate():
            return self.reject(record, _("Das Angebot ist abgelaufen."))
        print_ = fingerprint(record.title, record.organisation, municipality.pk)
        if print_ in self.taken:
            return self.reject(record, self.taken[print_], duplicate=True)
        self.taken[print_] = _("Doppelt im Feed (gleicher Titel, Organisation und Ort).")
        category_ids = self.matcher.category_ids(record.categories)
        digest = checksum(record, municipality.pk, category_ids)
        listing = self.existing.get(record.source_id)
        if listing and listing.checksum == digest:
            self.report.unchanged += 1
            return None
        page = listing.page if listing else OpportunityPage()
        self.fill(page, record, municipality, valid_through)
        page.categories = [self.matcher.category_objects[pk] for pk in category_ids]
        if listing:
            page.save()
            self.report.updated += 1
        else:
            self.parent.add_child(instance=page)
            listing = ImportedListing(source=self.source, record_id=record.source_id, page=page)
            self.report.created += 1
        listing.organisation, listing.fingerprint, listing.checksum = (
            record.organisation,
            print_,
            digest,
        )
        listing.save()
        # Tells the search engines, as publishing in the admin would.
        page_published.send(sender=OpportunityPage, instance=page, revision=None)
        return None

    def fill(self, page, record, municipality, valid_through):
        page.title = record.title
        page.draft_title = record.title
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
        page.municipality = municipality
        page.remote_possible = record.remote
        page.start_date, page.end_date = record.start_date, record.end_date
        page.commitment = commitment_of(record)
        page.contact_name = record.contact_name
        page.contact_email = record.contact_email
        page.contact_phone = record.contact_phone
        page.valid_through = valid_through
        page.last_confirmed = timezone.localdate()
        page.source_name = self.source.name
        page.source_url = record.url or self.source.website or self.source.url
        page.live = True


def commitment_of(record):
    """A single date means a one-off; a date range or none means regular or flexible work."""
    if record.start_date and (record.end_date is None or record.end_date == record.start_date):
        return Commitment.ONE_OFF
    return Commitment.REGULAR if record.start_date else Commitment.FLEXIBLE


def default_valid_through():
    return timezone.localdate() + datetime.timedelta(days=settings.OPPORTUNITY_VALIDITY_DAYS)
