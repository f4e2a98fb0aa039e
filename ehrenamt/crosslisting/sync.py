"""Brings one source's listings in step with its feed: create, update, remove, never duplicate.

This module decides what happens to each record; writing.py writes the outcome in batches.
"""

import hashlib
import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ehrenamt.opportunities.models import OpportunityPage, default_valid_through

from .fetch import loader_for
from .importers import IMPORTERS, FeedError, Rejection
from .mapping import FINGERPRINT_FIELDS, Matcher, fingerprint, page_fingerprint
from .models import ImportedListing
from .partners import partner_page
from .writing import ListingWriter, Pending

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


def checksum(record, municipality_id, terms):
    # vars() and not asdict(): the same values (a record holds no nested dataclass) without
    # asdict's deep copy of every record; checksums stored earlier stay valid.
    values = {**vars(record), "municipality": municipality_id, "terms": terms}
    return hashlib.sha256(repr(sorted(values.items())).encode()).hexdigest()


class Sync:
    def __init__(self, source, report, matcher):
        self.source, self.report, self.matcher = source, report, matcher
        self.writer = ListingWriter(source, partner_page(source))
        self.existing = {
            listing.record_id: listing
            for listing in ImportedListing.objects.filter(source=source).only(
                "record_id", "page_id", "checksum"
            )
        }
        self.taken = self.known_fingerprints()

    def known_fingerprints(self):
        """Fingerprints of our own live listings and of every other source's imports."""
        own = OpportunityPage.objects.live().filter(imported__isnull=True)
        taken = {
            page_fingerprint(values): _("Kopie eines eigenen Angebots.")
            for values in own.values_list(*FINGERPRINT_FIELDS)
        }
        others = ImportedListing.objects.exclude(source=self.source).values_list(
            "fingerprint", "source__name"
        )
        for identity, name in others:
            taken.setdefault(identity, _("Schon über „%(source)s“ übernommen.") % {"source": name})
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
        vanished = [listing for key, listing in self.existing.items() if key not in seen]
        self.writer.finish(vanished)
        self.report.removed += len(vanished)

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
        identity = fingerprint(
            record.title,
            record.organisation,
            municipality.pk,
            record.street_address,
            record.start_date,
            record.end_date,
        )
        if identity in self.taken:
            return self.reject(record, self.taken[identity], duplicate=True)
        self.taken[identity] = _(
            "Doppelt im Feed (gleicher Titel, Organisation, Ort, Adresse und Termin)."
        )
        terms = {
            "categories": self.matcher.category_ids(record.categories),
            "target_groups": self.matcher.target_group_ids(record.target_groups),
        }
        digest = checksum(record, municipality.pk, terms)
        listing = self.existing.get(record.source_id)
        if listing and listing.checksum == digest:
            self.report.unchanged += 1
            return None
        pending = Pending(record, municipality, valid_through, terms, identity, digest, listing)
        if listing:
            self.writer.update(pending)
            self.report.updated += 1
        else:
            self.writer.create(pending)
            self.report.created += 1
        return None
