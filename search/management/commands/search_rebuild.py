from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from search.elastic.index import SERVER_ERRORS, rebuild_index


class Command(BaseCommand):
    help = _(
        "Baut den Elasticsearch-Suchindex neu auf und schaltet den Alias erst danach um, "
        "so bleibt die Suche währenddessen nutzbar."
    )

    def handle(self, *args, **options):
        if not settings.ELASTICSEARCH_URL:
            raise CommandError(
                _("ELASTICSEARCH_URL ist nicht gesetzt; die Datenbanksuche braucht keinen Index.")
            )
        try:
            index, count = rebuild_index()
        except SERVER_ERRORS as error:
            raise CommandError(
                _("Elasticsearch antwortet nicht: %(error)s") % {"error": error}
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)d Angebote in %(index)s indexiert; Alias %(alias)s zeigt darauf.")
                % {"count": count, "index": index, "alias": settings.ELASTICSEARCH_INDEX}
            )
        )
