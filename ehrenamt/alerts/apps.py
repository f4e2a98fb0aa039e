from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "ehrenamt.alerts"
    label = "alerts"
    verbose_name = _("Suchbenachrichtigungen")

    def ready(self):
        from ehrenamt.operations.jobs import register_daily_job

        from . import bounces  # noqa: F401
        from .tasks import send_search_alerts

        register_daily_job(send_search_alerts)
