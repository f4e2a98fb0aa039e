from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "ehrenamt.inquiries"
    label = "inquiries"
    verbose_name = _("Anfragen")

    def ready(self):
        from ehrenamt.operations.jobs import register_daily_job

        from .tasks import maintain_inquiries

        register_daily_job(maintain_inquiries)
