from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "opportunity_search"
    verbose_name = _("Suche")

    def ready(self):
        from . import signals  # noqa: F401  (connects the index sync)
