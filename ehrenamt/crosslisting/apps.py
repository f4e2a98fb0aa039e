from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrosslistingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "ehrenamt.crosslisting"
    label = "crosslisting"
    verbose_name = _("Partnerportale und offene Daten")

    def ready(self):
        from ehrenamt.operations.jobs import register_daily_job

        from .tasks import import_feeds

        register_daily_job(import_feeds, late=True)
