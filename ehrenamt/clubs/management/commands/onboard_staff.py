from django.core.management.base import BaseCommand, CommandError

from ehrenamt.clubs.onboarding import EmailAlreadyRegistered, onboard_staff
from ehrenamt.regions.models import Municipality


class Command(BaseCommand):
    help = (
        "Legt eine Mitarbeiterin oder einen Mitarbeiter der Verwaltung eines Ortes an, in der "
        "Gruppe, die dessen Vereine freigibt, und schickt eine Einladung zum Festlegen des Passworts."
    )

    def add_arguments(self, parser):
        parser.add_argument("municipality", help="Kurzname des Ortes, z. B. bensheim")
        parser.add_argument("--name", required=True, help="Vor- und Nachname")
        parser.add_argument("--email", required=True)

    def handle(self, *args, **options):
        municipality = Municipality.objects.filter(slug=options["municipality"]).first()
        if municipality is None:
            raise CommandError(f"Unbekannter Ort: {options['municipality']}")
        try:
            user, group = onboard_staff(
                municipality=municipality, name=options["name"], email=options["email"]
            )
        except EmailAlreadyRegistered as error:
            raise CommandError(f"Für {options['email']} gibt es schon ein Konto.") from error
        self.stdout.write(
            self.style.SUCCESS(f"Benutzer {user.username} in der Gruppe „{group.name}“ angelegt.")
        )
