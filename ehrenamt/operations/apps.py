from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "ehrenamt.operations"
    label = "operations"
    verbose_name = _("Betrieb")

    def ready(self):
        from . import pagecache

        pagecache.connect_invalidation()
