from django.core.management.base import BaseCommand, CommandError

from ehrenamt.clubs.onboarding import (
    EmailAlreadyRegistered,
    onboard_club,
    registration_summary,
    send_invitation,
)
from ehrenamt.regions.models import Municipality


class Command(BaseCommand):
    help = (
        "Legt einen Verein an (Benutzer, Gruppe, Rechte, Bildersammlung, Entwurf der Vereinsseite) "
        "und schickt eine Einladung zum Festlegen des Passworts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Name des Vereins")
        parser.add_argument(
            "--municipality", required=True, help="Kurzname des Ortes, z. B. bensheim"
        )
        parser.add_argument("--contact", required=True, help="Ansprechperson")
        parser.add_argument("--email", required=True)
        parser.add_argument("--description", required=True, help="Kurzbeschreibung")

    def handle(self, *args, **options):
        municipality = Municipality.objects.filter(slug=options["municipality"]).first()
        if municipality is None:
            raise CommandError(f"Unbekannter Ort: {options['municipality']}")
        try:
            onboarding = onboard_club(
                name=options["name"],
                municipality=municipality,
                contact_name=options["contact"],
                email=options["email"],
                short_description=options["description"],
                active=True,
            )
        except EmailAlreadyRegistered as error:
            raise CommandError(f"Für {options['email']} gibt es schon ein Konto.") from error
        send_invitation(onboarding)
        self.stdout.write(self.style.SUCCESS(registration_summary(onboarding)))
