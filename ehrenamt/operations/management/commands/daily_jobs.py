from django.core.management.base import BaseCommand

from ehrenamt.operations.jobs import daily_jobs


class Command(BaseCommand):
    help = (
        "Die täglichen Aufgaben: Erinnerungen zu ablaufenden Angeboten, Ablauf alter Angebote, "
        "Erinnerungen zu unbeantworteten Anfragen, Löschen nach der Aufbewahrungsfrist, "
        "Suchbenachrichtigungen, Erinnerungen und Fristen der Ehrenamts-Card, Abruf der Partner-Feeds. "
        "Mit --enqueue laufen sie im Hintergrund-Worker statt sofort."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="an django-tasks übergeben")

    def handle(self, *args, enqueue=False, **options):
        for job in daily_jobs():
            if enqueue:
                job.enqueue()
                self.stdout.write(f"{job.name}: eingereiht")
            else:
                self.stdout.write(f"{job.name}: {job.call()}")
