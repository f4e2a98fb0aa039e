from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrosslistingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "ehrenamt.crosslisting"
    label = "crosslisting"
    verbose_name = _("Partnerportale und offene Daten")
