"""Partner feeds that the portal imports, and the listings each one brought in."""

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page


class FeedFormat(models.TextChoices):
    JSON = "json", _("JSON-Schnittstelle (seitenweise)")
    CSV = "csv", _("CSV (Austauschformat der Freiwilligenagenturen)")
    XML = "xml", _("XML im Footprint-Stil (FPXML)")


class FeedSource(models.Model):
    """A partner portal whose listings staff chose to show here."""

    name = models.CharField(_("Name"), max_length=150, unique=True)
    state = models.ForeignKey(
        "regions.State", on_delete=models.PROTECT, related_name="+", verbose_name=_("Bundesland")
    )
    format = models.CharField(_("Format"), max_length=10, choices=FeedFormat.choices)
    url = models.URLField(
        _("Adresse des Feeds"), blank=True, help_text=_("Entweder eine Adresse oder eine Datei.")
    )
    file = models.FileField(
        _("Hochgeladene Datei"),
        upload_to="feeds/",
        blank=True,
        validators=[FileExtensionValidator(["json", "csv", "xml", "txt"])],
    )
    website = models.URLField(
        _("Webseite des Partners"), blank=True, help_text=_("Für den Link zurück zur Quelle.")
    )
    licence = models.CharField(
        _("Lizenz"),
        max_length=150,
        help_text=_("z. B. Datenlizenz Deutschland - Namensnennung 2.0"),
    )
    attribution = models.CharField(
        _("Namensnennung"),
        max_length=300,
        help_text=_("Dieser Text erscheint bei jedem übernommenen Angebot."),
    )
    contact_email = models.EmailField(
        _("E-Mail-Adresse des Partners"),
        help_text=_("Erhält Anfragen zu Angeboten ohne eigene Kontaktadresse."),
    )
    accepts_inquiries = models.BooleanField(
        _("Anfragen über unser Formular erlaubt"),
        default=False,
        help_text=_(
            "Sonst verlinken übernommene Angebote auf die Quelle statt auf unser Formular."
        ),
    )
    active = models.BooleanField(_("Aktiv"), default=True)
    partner_page = models.ForeignKey(
        "clubs.ClubPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
        help_text="The page under which this source's listings live.",
    )
    last_run_at = models.DateTimeField(_("Letzter Abruf"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(
        _("Letzter erfolgreicher Abruf"), null=True, blank=True, editable=False
    )
    last_error = models.TextField(_("Letzter Fehler"), blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("state"), FieldPanel("format")]),
        MultiFieldPanel([FieldPanel("url"), FieldPanel("file")], heading=_("Woher?")),
        FieldRowPanel([FieldPanel("website"), FieldPanel("contact_email")]),
        FieldPanel("licence"),
        FieldPanel("attribution"),
        FieldPanel("accepts_inquiries"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Partner-Feed")
        verbose_name_plural = _("Partner-Feeds")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if bool(self.url) == bool(self.file):
            raise ValidationError(
                _("Bitte geben Sie entweder eine Adresse oder eine Datei an, nicht beides.")
            )


class ImportedListing(models.Model):
    """Links a partner's record to the opportunity page that shows it here."""

    source = models.ForeignKey(FeedSource, on_delete=models.CASCADE, related_name="listings")
    record_id = models.CharField(max_length=200)
    page = models.OneToOneField(
        "opportunities.OpportunityPage", on_delete=models.CASCADE, related_name="imported"
    )
    organisation = models.CharField(max_length=200)
    fingerprint = models.CharField(max_length=64, db_index=True)
    checksum = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "record_id"], name="unique_source_record")
        ]

    def __str__(self):
        return f"{self.source} {self.record_id}"


class PartnerIndexPage(Page):
    """/partnerangebote/: holds one partner page per source; no club has rights here."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["clubs.ClubPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Angebote von Partnerportalen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sources"] = FeedSource.objects.filter(active=True).select_related("state")
        return context
