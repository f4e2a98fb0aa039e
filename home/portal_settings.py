"""Per-site settings: how a municipality brands its portal, without code changes."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

COLOUR = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Bitte eine Farbe als #RRGGBB angeben, z. B. #00586b.")
)

LINK = RegexValidator(
    r"^(https?://|/)[^\s\"'<>]*$",
    _("Bitte einen Link angeben, der mit https:// oder / beginnt."),
)


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    name = models.CharField(
        _("Name des Portals"),
        max_length=100,
        blank=True,
        help_text=_("Leer lassen: der Name der Website gilt."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Logo"),
    )
    primary_colour = models.CharField(
        _("Hauptfarbe"),
        max_length=7,
        blank=True,
        validators=[COLOUR],
        help_text=_(
            "Als #RRGGBB. Weiße Schrift muss darauf gut lesbar sein (Kontrast mindestens 4,5:1)."
        ),
    )
    contact_email = models.EmailField(_("Kontakt-E-Mail"), blank=True)
    contact_phone = models.CharField(_("Kontakt-Telefon"), max_length=40, blank=True)
    impressum_url = models.CharField(
        _("Link zum Impressum"),
        max_length=300,
        blank=True,
        validators=[LINK],
        help_text=_("z. B. https://www.stadt.example/impressum; leer: /impressum/ dieses Portals."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("primary_colour"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        FieldPanel("impressum_url"),
    ]

    class Meta:
        verbose_name = _("Portal-Einstellungen")
