from django.core.management.base import BaseCommand

from ehrenamt.crosslisting.tasks import import_feeds
from ehrenamt.ehrenamtskarte.tasks import maintain_card_applications
from ehrenamt.inquiries.tasks import maintain_inquiries
from ehrenamt.opportunities.tasks import check_freshness


class Command(BaseCommand):
    help = (
        "Die täglichen Aufgaben: Erinnerungen zu ablaufenden Angeboten, Ablauf alter Angebote, "
        "Erinnerungen zu unbeantworteten Anfragen, Löschen nach der Aufbewahrungsfrist, "
        "Erinnerungen und Fristen der Ehrenamts-Card, Abruf der Partner-Feeds. "
        "Mit --enqueue laufen sie im Hintergrund-Worker statt sofort."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="an django-tasks übergeben")

    def handle(self, *args, enqueue=False, **options):
        # The feed import talks to partner servers; it goes last so that it never holds up the rest.
        for job in (check_freshness, maintain_inquiries, maintain_card_applications, import_feeds):
            if enqueue:
                job.enqueue()
                self.stdout.write(f"{job.name}: eingereiht")
            else:
                self.stdout.write(f"{job.name}: {job.call()}")
