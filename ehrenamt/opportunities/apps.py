from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "ehrenamt.opportunities"
    label = "opportunities"
    verbose_name = _("Engagement-Angebote")

    def ready(self):
        from ehrenamt.operations.jobs import register_daily_job

        from . import signals  # noqa: F401
        from .tasks import check_freshness

        register_daily_job(check_freshness)
