from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "ehrenamt.alerts"
    label = "alerts"
    verbose_name = _("Suchbenachrichtigungen")

    def ready(self):
        from . import bounces  # noqa: F401
