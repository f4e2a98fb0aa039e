from django.core.management.base import BaseCommand

from ehrenamt.operations.outbox import deliver_due


class Command(BaseCommand):
    help = "Sendet fällige E-Mails aus der Warteschlange (für cron, z. B. alle fünf Minuten)."

    def handle(self, *args, **options):
        sent, failed = deliver_due()
        self.stdout.write(f"{sent} gesendet, {failed} fehlgeschlagen")
