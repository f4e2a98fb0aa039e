import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ehrenamt.clubs.models import ClubPage
from ehrenamt.crosslisting.samples import import_sample_feeds
from ehrenamt.demo.builder import seed_demo
from ehrenamt.demo.features import feature_demo_content
from ehrenamt.demo.logins import demo_logins
from ehrenamt.ehrenamtskarte.demo import create_demo_benefits

DEFAULT_CLUBS = 120
DEFAULT_OPPORTUNITIES = 600
DEFAULT_SEED = 2024


class Command(BaseCommand):
    help = _(
        "Legt Demo-Vereine und Engagement-Angebote an. Gleiche Optionen ergeben gleiche Daten; "
        "ein zweiter Lauf ergänzt nur, was fehlt."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--clubs", type=int, default=DEFAULT_CLUBS, help=_("Anzahl der Vereine")
        )
        parser.add_argument(
            "--opportunities",
            type=int,
            default=DEFAULT_OPPORTUNITIES,
            help=_("Anzahl der Engagement-Angebote"),
        )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help=_("Startwert des Zufallsgenerators")
        )
        parser.add_argument(
            "--partner-feeds",
            action="store_true",
            help=_("Auch die Beispiel-Feeds zweier fiktiver Partnerportale übernehmen."),
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help=_("Nichts tun, wenn es schon Vereine gibt (für `make run`)."),
        )
        parser.add_argument(
            "--logins",
            action="store_true",
            help=_(
                "Je Gruppe der Verwaltung einen Zugang und einen Vereinszugang anlegen und "
                "ausgeben (nur lokal, die Passwörter bleiben von Lauf zu Lauf gleich)."
            ),
        )

    def handle(self, *args, clubs, opportunities, seed, if_empty, partner_feeds, logins, **options):
        if clubs < 0 or opportunities < 0:
            raise CommandError(_("Die Anzahl der Vereine und Angebote darf nicht negativ sein."))
        if opportunities and not clubs:
            raise CommandError(_("Engagement-Angebote brauchen mindestens einen Verein (--clubs)."))
        if if_empty and ClubPage.objects.exists():
            self.stdout.write(_("Es gibt schon Vereine; keine Demo-Daten angelegt."))
            if logins:
                self.print_logins()
            return

        started = time.perf_counter()
        result = seed_demo(clubs=clubs, opportunities=opportunities, seed=seed)
        if partner_feeds:
            for report in import_sample_feeds():
                self.stdout.write(
                    _("%(source)s: %(created)d Angebote übernommen.")
                    % {"source": report.source, "created": report.created}
                )
        feature_demo_content()
        create_demo_benefits()
        seconds = time.perf_counter() - started
        self.stdout.write(
            _(
                "Vereine: %(clubs)d neu, %(clubs_existing)d schon vorhanden. "
                "Engagement-Angebote: %(opportunities)d neu, %(opportunities_existing)d schon vorhanden."
            )
            % {
                "clubs": result.clubs_created,
                "clubs_existing": result.clubs_existing,
                "opportunities": result.opportunities_created,
                "opportunities_existing": result.opportunities_existing,
            }
        )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Fertig in %(total).1f s (Seiten schreiben %(writing).1f s, Suchindex %(indexing).1f s)."
                )
                % {
                    "total": seconds,
                    "writing": result.seconds_writing,
                    "indexing": result.seconds_indexing,
                }
            )
        )
        if logins:
            self.print_logins()

    def print_logins(self):
        if not settings.DEBUG:
            raise CommandError(_("Demo-Zugänge gibt es nur in der lokalen Entwicklung (DEBUG)."))
        self.stdout.write(self.style.SUCCESS(_("Demo-Zugänge (Anmeldung unter /admin/):")))
        for role, name, username, password in demo_logins():
            self.stdout.write(f"  {role:<10} {name:<40} {username:<42} {password}")
