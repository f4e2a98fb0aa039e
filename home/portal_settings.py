"""Per-site settings: how a municipality brands its portal, without code changes."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
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

    # Who runs the portal: the Impressum (§ 5 DDG) and the privacy notice read these fields.
    operator_name = models.CharField(
        _("Betreiber"), max_length=200, blank=True, help_text=_("z. B. Stadt Bensheim")
    )
    operator_address = models.TextField(
        _("Anschrift des Betreibers"),
        blank=True,
        help_text=_("Straße, Hausnummer, Postleitzahl und Ort; eine Angabe je Zeile."),
    )
    operator_representative = models.CharField(
        _("Vertreten durch"),
        max_length=200,
        blank=True,
        help_text=_("z. B. die Bürgermeisterin Maria Muster"),
    )
    supervisory_authority = models.CharField(
        _("Aufsichtsbehörde"),
        max_length=200,
        blank=True,
        help_text=_("z. B. Regierungspräsidium Darmstadt (Kommunalaufsicht)"),
    )
    vat_id = models.CharField(_("Umsatzsteuer-Identifikationsnummer"), max_length=20, blank=True)
    content_responsible = models.CharField(
        _("Verantwortlich für den Inhalt"),
        max_length=300,
        blank=True,
        help_text=_("Name und Anschrift nach § 18 Abs. 2 Medienstaatsvertrag"),
    )
    dpo_name = models.CharField(_("Datenschutzbeauftragte Person"), max_length=200, blank=True)
    dpo_email = models.EmailField(_("E-Mail des Datenschutzbeauftragten"), blank=True)
    dpo_address = models.TextField(_("Anschrift des Datenschutzbeauftragten"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("primary_colour"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        FieldPanel("impressum_url"),
        MultiFieldPanel(
            [
                FieldPanel("operator_name"),
                FieldPanel("operator_address"),
                FieldPanel("operator_representative"),
                FieldPanel("supervisory_authority"),
                FieldPanel("vat_id"),
                FieldPanel("content_responsible"),
            ],
            heading=_("Impressum"),
        ),
        MultiFieldPanel(
            [FieldPanel("dpo_name"), FieldPanel("dpo_email"), FieldPanel("dpo_address")],
            heading=_("Datenschutz"),
        ),
    ]

    class Meta:
        verbose_name = _("Portal-Einstellungen")
