"""A volunteer role (Engagement-Angebot) that a club offers."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult

from ehrenamt.clubs.models import editor_tabs
from ehrenamt.operations.ancestry import AncestorsOnce
from ehrenamt.regions.models import Located
from ehrenamt.regions.panels import PointPanel

from .accessibility import StatedSelect, stated_items
from .forms import OpportunityForm
from .schedule import TimeSlotsField, described
from .terms import shown_terms

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def default_valid_through():
    return timezone.localdate() + datetime.timedelta(days=settings.OPPORTUNITY_VALIDITY_DAYS)


class Commitment(models.TextChoices):
    ONE_OFF = "one_off", _("Einmalig")
    REGULAR = "regular", _("Regelmäßig")
    FLEXIBLE = "flexible", _("Flexibel")


class OpportunityQuerySet(PageQuerySet):
    def current(self):
        """What a volunteer may still take up: published, not filled, not past its date."""
        return self.live().filter(filled=False, valid_through__gte=timezone.localdate())


class OpportunityPage(AncestorsOnce, Located, Page):
    club = models.ForeignKey(
        "clubs.ClubPage",
        on_delete=models.SET_NULL,
        related_name="opportunities",
        editable=False,
        null=True,
        help_text="The parent club page, kept here so that lists need no tree queries.",
    )
    summary = models.CharField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze: Was ist die Aufgabe? Erscheint in Suchergebnissen."),
    )
    description = RichTextField(
        _("Beschreibung"), features=TEXT_FEATURES, help_text=_("Worum geht es, wem hilft es?")
    )
    easy_language_summary = models.TextField(
        _("Kurz in Leichter Sprache"),
        max_length=600,
        blank=True,
        help_text=_(
            "Freiwillig: Die Aufgabe in Leichter Sprache. Kurze Sätze, ein Gedanke pro Satz, "
            "keine Fremdwörter."
        ),
    )
    tasks = RichTextField(
        _("Ihre Aufgaben"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Was genau tun Freiwillige? Am besten als Liste."),
    )
    requirements = RichTextField(
        _("Das bringen Sie mit"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Nur was wirklich nötig ist. Vieles lernt man bei uns."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Bild"),
    )
    categories = ParentalManyToManyField(
        "taxonomy.Category", related_name="opportunities", verbose_name=_("Engagementbereiche")
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup",
        blank=True,
        related_name="opportunities",
        verbose_name=_("Für wen engagieren Sie sich?"),
    )
    activities = ParentalManyToManyField(
        "taxonomy.Activity", blank=True, related_name="opportunities", verbose_name=_("Tätigkeiten")
    )
    languages = ParentalManyToManyField(
        "taxonomy.Language",
        blank=True,
        related_name="opportunities",
        verbose_name=_("Sprachen"),
        help_text=_("In welchen Sprachen kann man sich hier engagieren?"),
    )
    remote_possible = models.BooleanField(
        _("Auch von zu Hause möglich"), default=False, help_text=_("z. B. am Telefon oder online")
    )
    commitment = models.CharField(
        _("Zeitlicher Rahmen"),
        max_length=10,
        choices=Commitment.choices,
        default=Commitment.REGULAR,
    )
    start_date = models.DateField(
        _("Beginn"), null=True, blank=True, help_text=_("Bei einmaligen Einsätzen: der Termin.")
    )
    end_date = models.DateField(_("Ende"), null=True, blank=True)
    hours_per_week = models.DecimalField(
        _("Stunden pro Woche"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Bei regelmäßigem Engagement: ungefähr wie viele Stunden?"),
    )
    schedule = models.CharField(
        _("Wann?"), max_length=200, blank=True, help_text=_("z. B. dienstags 16 bis 18 Uhr")
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("Mindestalter"), null=True, blank=True, help_text=_("Leer lassen, wenn es keines gibt.")
    )
    time_slots = TimeSlotsField(
        _("Wochentage und Tageszeiten"),
        default=0,
        blank=True,
        help_text=_("Wann findet es statt? Leer lassen, wenn es keine festen Zeiten gibt."),
    )
    # Three states each (accessibility.py): None means nobody said.
    step_free = models.BooleanField(_("Stufenlos erreichbar"), null=True, blank=True)
    accessible_wc = models.BooleanField(_("Barrierefreies WC"), null=True, blank=True)
    sign_language = models.BooleanField(
        _("Verständigung in Gebärdensprache möglich"), null=True, blank=True
    )
    easy_language = models.BooleanField(
        _("Einarbeitung in Leichter Sprache"), null=True, blank=True
    )
    accessibility_note = models.CharField(
        _("Weitere Hinweise zur Barrierefreiheit"), max_length=300, blank=True
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=150, blank=True)
    contact_email = models.EmailField(
        _("E-Mail-Adresse"),
        blank=True,
        help_text=_("Leer lassen, dann gehen Anfragen an die E-Mail-Adresse des Vereins."),
    )
    contact_phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    volunteers_needed = models.PositiveSmallIntegerField(
        _("Wie viele Freiwillige werden gesucht?"), default=1
    )
    filled = models.BooleanField(
        _("Besetzt"),
        default=False,
        help_text=_(
            "Anhaken, wenn sich genug Freiwillige gefunden haben. Das Angebot wird dann ausgeblendet."
        ),
    )
    valid_through = models.DateField(
        _("Gültig bis"),
        default=default_valid_through,
        help_text=_(
            "Danach wird das Angebot nicht mehr angezeigt. Sie können es jederzeit verlängern."
        ),
    )
    last_confirmed = models.DateField(_("Zuletzt bestätigt am"), default=timezone.localdate)
    source_name = models.CharField(
        _("Quelle"),
        max_length=150,
        blank=True,
        editable=False,
        help_text="Partner portal, if imported.",
    )
    source_url = models.URLField(_("Link zur Quelle"), blank=True, editable=False)
    # Freshness bookkeeping (see freshness.py): which valid-through date the club was last
    # reminded of, and when the listing was taken offline for having expired.
    expiry_reminder_for = models.DateField(null=True, blank=True, editable=False)
    expired_on = models.DateField(null=True, blank=True, editable=False)

    objects = PageManager.from_queryset(OpportunityQuerySet)()

    content_panels = [
        # TitleFieldPanel fills in the URL slug from the title, as on every Wagtail page.
        TitleFieldPanel(
            "title",
            heading=_("Titel des Angebots"),
            placeholder=_("Titel*"),
            help_text=_("Kurz und konkret, z. B. „Vorlesepat:in in der Stadtbücherei“."),
        ),
        FieldPanel("summary"),
        FieldPanel("easy_language_summary"),
        FieldPanel("description"),
        FieldPanel("tasks"),
        FieldPanel("requirements"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("activities", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Themen"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("municipality")]),
                PointPanel(),
                FieldPanel("remote_possible"),
            ],
            heading=_("Wo?"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("commitment"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("hours_per_week"), FieldPanel("schedule")]),
                FieldPanel("time_slots"),
            ],
            heading=_("Wann und wie viel Zeit?"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("minimum_age"),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("volunteers_needed"),
            ],
            heading=_("Für wen passt es?"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("step_free", widget=StatedSelect),
                        FieldPanel("accessible_wc", widget=StatedSelect),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("sign_language", widget=StatedSelect),
                        FieldPanel("easy_language", widget=StatedSelect),
                    ]
                ),
                FieldPanel("accessibility_note"),
            ],
            heading=_("Barrierefreiheit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Kontakt"),
        ),
        MultiFieldPanel(
            [FieldPanel("valid_through"), FieldPanel("last_confirmed"), FieldPanel("filled")],
            heading=_("Aktualität"),
        ),
    ]

    edit_handler = editor_tabs(content_panels)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("easy_language_summary"),
        index.SearchField("description"),
        index.SearchField("tasks"),
        index.SearchField("requirements"),
        index.AutocompleteField("title"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("activities", [index.SearchField("name")]),
        index.RelatedFields("club", [index.SearchField("title")]),
        index.FilterField("municipality"),
        index.FilterField("commitment"),
        index.FilterField("remote_possible"),
        index.FilterField("filled"),
        index.FilterField("valid_through"),
    ]

    base_form_class = OpportunityForm
    parent_page_types = ["clubs.ClubPage"]
    subpage_types = []
    # Shows no other role: a publish elsewhere leaves its cached copy alone (operations/cachetags.py).
    lists_other_pages = False
    # Read with the page when it is served (home.models.specific_for_serving).
    serve_select_related = ("club__logo", "municipality", "image")

    class Meta:
        verbose_name = _("Engagement-Angebot")
        verbose_name_plural = _("Engagement-Angebote")

    def clean(self):
        super().clean()
        if self.commitment == Commitment.ONE_OFF and not self.start_date:
            raise ValidationError(
                {"start_date": _("Bitte geben Sie an, wann der einmalige Einsatz stattfindet.")}
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Das Ende liegt vor dem Beginn.")})

    def save(self, *args, **kwargs):
        if self.path and self.club_id is None:
            self.club_id = self.parent_id_from_path()
        super().save(*args, **kwargs)

    def placed_under(self, parent):
        """What save() takes from the tree, for pages written in bulk (operations.pagetree)."""
        self.club_id = parent.pk
        if isinstance(parent, self._meta.get_field("club").related_model):
            # Indexing the new page then reads the club's title without a query.
            self.club = parent

    def parent_id_from_path(self):
        parent_path = self.path[: -self.steplen]
        return Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()

    @property
    def is_current(self):
        return self.live and not self.filled and self.valid_through >= timezone.localdate()

    @property
    def is_expired(self):
        return self.valid_through < timezone.localdate()

    def route(self, request, path_components):
        # An expired listing keeps its URL after being unpublished, so that serve() can say so.
        if not path_components and not self.live and self.expired_on and self.is_expired:
            return RouteResult(self)
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        if self.is_expired:
            return TemplateResponse(
                request,
                "opportunities/expired.html",
                {"page": self, "club": self.club, "similar": self.similar_current()},
                status=410,
            )
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        # The sitemap lists what answers 200: a filled or expired listing is no longer on offer.
        return super().get_sitemap_urls(request) if self.is_current else []

    def similar_current(self, limit=4):
        """Current listings on the same topics, nearest municipality first."""
        same_topics = OpportunityPage.objects.filter(categories__in=self.categories.all()).values(
            "pk"
        )
        return (
            OpportunityPage.objects.current()
            .filter(pk__in=same_topics)
            .exclude(pk=self.pk)
            .select_related("municipality", "club")
            .prefetch_related("categories")
            .order_by(
                models.Case(models.When(municipality_id=self.municipality_id, then=0), default=1),
                "-last_confirmed",
            )[:limit]
        )

    @property
    def stated_accessibility(self):
        return stated_items(self)

    @property
    def time_slot_days(self):
        return described(self.time_slots)

    @property
    def reply_address(self):
        return self.contact_email or self.club.contact_email

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["club"] = self.club
        context["terms"] = shown_terms(self, request)
        return context
