from django.core.management.base import BaseCommand

from ehrenamt.opportunities.tasks import check_freshness


class Command(BaseCommand):
    help = "Erinnert Vereine an bald ablaufende Angebote und nimmt abgelaufene offline."

    def handle(self, *args, **options):
        result = check_freshness.call()
        self.stdout.write(
            f"{result['reminders']} Erinnerungen gesendet, {result['expired']} Angebote abgelaufen."
        )
