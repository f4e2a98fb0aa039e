from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EhrenamtskarteConfig(AppConfig):
    name = "ehrenamt.ehrenamtskarte"
    label = "ehrenamtskarte"
    verbose_name = _("Ehrenamts-Card")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from ehrenamt.operations.cachetags import drop_site
        from ehrenamt.operations.jobs import register_daily_job

        from .models import CardBenefit, IssuingAuthority
        from .tasks import maintain_card_applications

        register_daily_job(maintain_card_applications)

        # Rules and benefits show on public pages; applications never do, so they leave the cache be.
        for model in (IssuingAuthority, CardBenefit):
            for signal in (post_save, post_delete):
                signal.connect(drop_site, sender=model, dispatch_uid=f"card-cache-{signal}-{model}")
