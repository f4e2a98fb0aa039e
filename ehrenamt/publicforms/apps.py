from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicFormsConfig(AppConfig):
    """The machinery every public form shares: guard against bots, limits, consent, templates."""

    name = "ehrenamt.publicforms"
    label = "publicforms"
    verbose_name = _("Öffentliche Formulare")
