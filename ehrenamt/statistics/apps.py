from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatisticsConfig(AppConfig):
    name = "ehrenamt.statistics"
    label = "statistics"
    verbose_name = _("Statistik")

    def ready(self):
        from search.events import search_answered

        from .searchlog import record_zero_result

        search_answered.connect(record_zero_result, dispatch_uid="statistics_zero_result")
