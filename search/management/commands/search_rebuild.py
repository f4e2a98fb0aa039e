from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from search.elastic.index import SERVER_ERRORS, rebuild_index
from search.entries import rebuild_entries


class Command(BaseCommand):
    help = _(
        "Schreibt die Suchtabelle der Datenbanksuche neu und baut, wenn ELASTICSEARCH_URL gesetzt "
        "ist, den Elasticsearch-Suchindex neu auf; der Alias wird erst danach umgeschaltet, so "
        "bleibt die Suche währenddessen nutzbar."
    )

    def handle(self, *args, **options):
        count = rebuild_entries()
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)d Angebote in der Suchtabelle der Datenbank.") % {"count": count}
            )
        )
        if settings.ELASTICSEARCH_URL:
            self.rebuild_elasticsearch()

    def rebuild_elasticsearch(self):
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
