"""The Ehrenamts-Card: who issues it under which rules, the applications, and the benefits."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ehrenamt.operations.ancestry import AncestorsOnce

from .rules import RuleCheck, check_rules


class IssuingAuthority(models.Model):
    """A Kreis or district-free city that issues the card; its rules are data, not code."""

    name = models.CharField(_("Name"), max_length=150)
    slug = models.SlugField(_("Kurzname in URLs"), unique=True)
    district = models.OneToOneField(
        "regions.District",
        on_delete=models.PROTECT,
        related_name="card_authority",
        verbose_name=_("Zuständig für"),
        help_text=_("Der Kreis oder die kreisfreie Stadt, deren Einwohner:innen hier beantragen."),
    )
    hours_per_week = models.PositiveSmallIntegerField(
        _("Stunden pro Woche"),
        null=True,
        blank=True,
        help_text=_("Mindestens so viele Stunden Ehrenamt pro Woche; leer, wenn nicht verlangt."),
    )
    hours_per_year = models.PositiveSmallIntegerField(
        _("Stunden pro Jahr"),
        null=True,
        blank=True,
        help_text=_("Oder mindestens so viele Stunden im Jahr; leer, wenn nicht verlangt."),
    )
    years_of_engagement = models.PositiveSmallIntegerField(
        _("Jahre des Engagements"),
        default=0,
        help_text=_("Seit wie vielen Jahren das Engagement mindestens besteht."),
    )
    minimum_age = models.PositiveSmallIntegerField(_("Mindestalter"), default=16)
    validity_years = models.PositiveSmallIntegerField(_("Gültigkeit in Jahren"), default=2)
    rules_text = models.TextField(
        _("Text der Richtlinie"),
        blank=True,
        help_text=_("Die Voraussetzungen in den Worten der Stelle, wie sie Antragstellende lesen."),
    )
    accepts_online_applications = models.BooleanField(_("Nimmt Online-Anträge an"), default=False)
    contact_email = models.EmailField(
        _("E-Mail-Adresse der Stelle"),
        blank=True,
        help_text=_("Hierhin gehen Hinweise auf Anträge, die zur Entscheidung bereitliegen."),
    )
    website = models.URLField(_("Webseite zur Ehrenamts-Card"), blank=True)
    staff_group = models.ForeignKey(
        "auth.Group",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="card_authorities",
        verbose_name=_("Gruppe der Sachbearbeitung"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("district"),
        MultiFieldPanel(
            [
                FieldPanel("hours_per_week"),
                FieldPanel("hours_per_year"),
                FieldPanel("years_of_engagement"),
                FieldPanel("minimum_age"),
                FieldPanel("validity_years"),
                FieldPanel("rules_text"),
            ],
            heading=_("Voraussetzungen"),
        ),
        FieldPanel("accepts_online_applications"),
        FieldPanel("contact_email"),
        FieldPanel("website"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Ausgabestelle der Ehrenamts-Card")
        verbose_name_plural = _("Ausgabestellen der Ehrenamts-Card")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.accepts_online_applications and not (self.hours_per_week or self.hours_per_year):
            raise ValidationError(
                {
                    "hours_per_week": _(
                        "Wer Online-Anträge annimmt, gibt Stunden pro Woche oder pro Jahr an."
                    )
                }
            )
        if self.validity_years < 1:
            raise ValidationError({"validity_years": _("Die Karte gilt mindestens ein Jahr.")})


class CardApplicationQuerySet(models.QuerySet):
    def for_authorities(self, authorities):
        return self.filter(authority__in=authorities)


class CardApplication(models.Model):
    class State(models.TextChoices):
        EMAIL = "email", _("Wartet auf Bestätigung der E-Mail-Adresse")
        CLUBS = "clubs", _("Wartet auf die Vereine")
        READY = "ready", _("Bereit zur Entscheidung")
        APPROVED = "approved", _("Bewilligt")
        REFUSED = "refused", _("Abgelehnt")
        ISSUED = "issued", _("Karte ausgestellt")
        EXPIRED = "expired", _("Abgelaufen")

    authority = models.ForeignKey(
        IssuingAuthority,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("Ausgabestelle"),
    )
    state = models.CharField(
        _("Stand"), max_length=10, choices=State.choices, default=State.EMAIL, db_index=True
    )
    first_name = models.CharField(_("Vorname"), max_length=100)
    last_name = models.CharField(_("Nachname"), max_length=100)
    birth_date = models.DateField(_("Geburtsdatum"))
    street_address = models.CharField(_("Straße und Hausnummer"), max_length=200)
    postcode = models.CharField(_("Postleitzahl"), max_length=5)
    municipality = models.ForeignKey(
        "regions.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("Ort")
    )
    email = models.EmailField(_("E-Mail-Adresse"))
    consent_at = models.DateTimeField(_("Einwilligung erteilt am"))
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, db_index=True)
    email_confirmed_at = models.DateTimeField(_("E-Mail bestätigt am"), null=True, blank=True)
    ready_at = models.DateTimeField(_("Bereit zur Entscheidung seit"), null=True, blank=True)
    unconfirmed = models.BooleanField(
        _("Ohne alle Bestätigungen weitergegeben"),
        default=False,
        help_text=_("Nicht jede Organisation hat innerhalb von 21 Tagen geantwortet."),
    )
    decided_at = models.DateTimeField(_("Entschieden am"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Entschieden von"),
    )
    decision_reason = models.TextField(_("Begründung"), blank=True)
    card_number = models.CharField(_("Kartennummer"), max_length=40, blank=True)
    valid_until = models.DateField(_("Gültig bis"), null=True, blank=True)
    issued_at = models.DateTimeField(_("Ausgestellt am"), null=True, blank=True)
    expiry_reminder_sent_at = models.DateTimeField(
        _("Erinnerung zum Ablauf gesendet am"), null=True, blank=True
    )
    closed_at = models.DateTimeField(
        _("Abgelehnt oder abgelaufen am"), null=True, blank=True, db_index=True
    )

    objects = CardApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Antrag auf die Ehrenamts-Card")
        verbose_name_plural = _("Anträge auf die Ehrenamts-Card")

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.created_at:%d.%m.%Y})"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    def rule_check(self, today=None) -> RuleCheck:
        return check_rules(
            self.authority, self.birth_date, list(self.engagements.all()), today=today
        )

    def default_valid_until(self, today=None):
        today = today or timezone.localdate()
        try:
            return today.replace(year=today.year + self.authority.validity_years)
        except ValueError:  # 29 February
            return today.replace(year=today.year + self.authority.validity_years, day=28)


class Engagement(models.Model):
    """One engagement the applicant names, and what the organisation said about it."""

    class Answer(models.TextChoices):
        PENDING = "pending", _("Noch keine Antwort")
        CONFIRMED = "confirmed", _("Bestätigt")
        CORRECTED = "corrected", _("Bestätigt mit Korrektur")
        DECLINED = "declined", _("Nicht bestätigt")

    application = models.ForeignKey(
        CardApplication,
        on_delete=models.CASCADE,
        related_name="engagements",
        verbose_name=_("Antrag"),
    )
    club = models.ForeignKey(
        "clubs.ClubPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="card_engagements",
        verbose_name=_("Verein im Portal"),
    )
    organisation = models.CharField(_("Verein oder Organisation"), max_length=200)
    contact_email = models.EmailField(_("E-Mail-Adresse der Organisation"))
    activity = models.CharField(_("Tätigkeit"), max_length=200)
    since = models.DateField(_("Seit"))
    hours_per_week = models.DecimalField(_("Stunden pro Woche"), max_digits=4, decimal_places=1)
    answer = models.CharField(
        _("Antwort der Organisation"),
        max_length=10,
        choices=Answer.choices,
        default=Answer.PENDING,
    )
    confirmed_hours_per_week = models.DecimalField(
        _("Bestätigte Stunden pro Woche"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    confirmed_since = models.DateField(_("Bestätigt seit"), null=True, blank=True)
    answer_note = models.TextField(_("Anmerkung der Organisation"), blank=True, max_length=1000)
    request_sent_at = models.DateTimeField(_("Anfrage gesendet am"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("Erinnerung gesendet am"), null=True, blank=True)
    answered_at = models.DateTimeField(_("Beantwortet am"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("Engagement")
        verbose_name_plural = _("Engagements")

    def __str__(self):
        return f"{self.activity} ({self.organisation})"

    @property
    def is_answered(self):
        return self.answer != self.Answer.PENDING

    @property
    def counted_hours(self):
        """The hours that count: the organisation's figure when it corrected, none if declined."""
        if self.answer == self.Answer.DECLINED:
            return 0
        if self.answer == self.Answer.CORRECTED and self.confirmed_hours_per_week is not None:
            return self.confirmed_hours_per_week
        return self.hours_per_week

    @property
    def counted_since(self):
        if self.answer == self.Answer.CORRECTED and self.confirmed_since is not None:
            return self.confirmed_since
        return self.since


class BenefitCategory(models.TextChoices):
    CULTURE = "kultur", _("Kultur und Museen")
    LEISURE = "freizeit", _("Freizeit und Sport")
    SWIMMING = "baeder", _("Bäder")
    EDUCATION = "bildung", _("Bildung")
    FOOD = "gastronomie", _("Gastronomie")
    SHOPPING = "einkaufen", _("Einkaufen")
    MOBILITY = "mobilitaet", _("Mobilität")
    SERVICES = "dienstleistungen", _("Dienstleistungen")


class CardBenefitQuerySet(models.QuerySet):
    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=today),
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=today),
        )


class CardBenefit(index.Indexed, models.Model):
    """A partner's offer to cardholders, curated by staff."""

    partner = models.CharField(_("Partner"), max_length=150)
    municipality = models.ForeignKey(
        "regions.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("Ort")
    )
    street_address = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    category = models.CharField(_("Kategorie"), max_length=20, choices=BenefitCategory.choices)
    offer = models.CharField(
        _("Vergünstigung"),
        max_length=300,
        help_text=_("Was Karteninhaber:innen bekommen, z. B. „Eintritt frei“ oder „10 % Rabatt“."),
    )
    website = models.URLField(_("Webseite"), blank=True)
    valid_from = models.DateField(_("Gültig ab"), null=True, blank=True)
    valid_until = models.DateField(_("Gültig bis"), null=True, blank=True)

    objects = CardBenefitQuerySet.as_manager()

    search_fields = [index.SearchField("partner"), index.SearchField("offer")]

    class Meta:
        ordering = ["partner"]
        verbose_name = _("Vergünstigung")
        verbose_name_plural = _("Vergünstigungen")

    def __str__(self):
        return f"{self.partner}: {self.offer}"

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("Das Ende liegt vor dem Beginn.")})


class EhrenamtskartePage(AncestorsOnce, Page):
    """/ehrenamtskarte/: what the card is, who may apply where, how it works, the benefits."""

    intro = RichTextField(_("Einleitung"), features=["bold", "italic", "link"], blank=True)
    body = RichTextField(
        _("So funktioniert es"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        blank=True,
    )
    easy_language = RichTextField(
        _("In Leichter Sprache"), features=["bold", "link", "ul"], blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("easy_language"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Seite zur Ehrenamts-Card")

    def get_context(self, request, *args, **kwargs):
        from .listing import page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(page_context(request))
        return context


def retention_cutoff():
    return timezone.now() - datetime.timedelta(days=settings.CARD_APPLICATION_RETENTION_DAYS)
