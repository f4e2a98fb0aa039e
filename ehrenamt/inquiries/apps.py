from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "ehrenamt.inquiries"
    label = "inquiries"
    verbose_name = _("Anfragen")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from ehrenamt.operations.jobs import register_daily_job

        from .access import InquiryPermissionPolicy
        from .models import Inquiry
        from .tasks import maintain_inquiries

        register_daily_job(maintain_inquiries)
        # Before any admin view asks: who reads inquiries is our rule, not model permissions.
        register_permission_policy(Inquiry, InquiryPermissionPolicy(Inquiry))
