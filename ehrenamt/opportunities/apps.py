from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "ehrenamt.opportunities"
    label = "opportunities"
    verbose_name = _("Engagement-Angebote")

    def ready(self):
        from . import signals  # noqa: F401
