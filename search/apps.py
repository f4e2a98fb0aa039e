from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "opportunity_search"
    verbose_name = _("Suche")

    def ready(self):
        from ehrenamt.operations.health import register_health_check

        from . import signals  # noqa: F401  (connects the index sync)
        from .health import search_ok

        # Not critical: search answers from the database while Elasticsearch is gone.
        register_health_check("search", search_ok, critical=False)
