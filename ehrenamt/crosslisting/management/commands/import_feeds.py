from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ehrenamt.crosslisting.runner import import_all


class Command(BaseCommand):
    help = _("Holt alle aktiven Partner-Feeds ab und übernimmt ihre Angebote.")

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", help=_("Nur diese Quellen (Name)"))

    def handle(self, *args, names, **options):
        for report in import_all(names):
            self.write_report(report)

    def write_report(self, report):
        self.stdout.write(self.style.MIGRATE_HEADING(report.source))
        if report.error:
            self.stdout.write(
                self.style.ERROR(
                    _("Abruf fehlgeschlagen, bisherige Angebote bleiben: %(error)s")
                    % {"error": report.error}
                )
            )
            return
        self.stdout.write(
            _(
                "%(created)d neu, %(updated)d aktualisiert, %(unchanged)d unverändert, "
                "%(removed)d entfernt, %(rejected)d abgelehnt (davon %(duplicates)d Dubletten)."
            )
            % {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "removed": report.removed,
                "rejected": len(report.rejected),
                "duplicates": report.duplicates,
            }
        )
        for rejection in report.rejected:
            self.stdout.write(f"  - {rejection.source_id}: {rejection.reason}")
