"""Initiatives at /initiativen/<slug>/: campaigns such as the Ehrenamtstag or the Ehrenamts-Card.

An initiative has its dates, a text, an image and a hand-picked set of opportunities and clubs; the
home page lists it while it runs.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ehrenamt.clubs.models import ClubPage
from ehrenamt.operations.ancestry import AncestorsOnce
from ehrenamt.opportunities.models import OpportunityPage


class InitiativeIndexPage(AncestorsOnce, Page):
    """The folder /initiativen/ that lists the initiatives."""

    intro = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.InitiativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Übersicht der Aktionen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["initiatives"] = (
            InitiativePage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .order_by("-starts_on")
        )
        return context


def running_initiatives():
    """Initiatives that have begun and not yet ended, the soonest-ending first."""
    today = timezone.localdate()
    return (
        InitiativePage.objects.live()
        .public()
        .filter(starts_on__lte=today)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .select_related("image")
        .order_by("ends_on", "starts_on")
    )


class InitiativePage(AncestorsOnce, Page):
    summary = models.CharField(_("Kurzbeschreibung"), max_length=300)
    body = RichTextField(_("Beschreibung"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Bild"),
    )
    starts_on = models.DateField(_("Beginn"))
    ends_on = models.DateField(
        _("Ende"), null=True, blank=True, help_text=_("Leer lassen bei einer Daueraktion.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], _("Zeitraum")),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("chosen_opportunities", label=_("Angebote der Aktion")),
        InlinePanel("chosen_clubs", label=_("Vereine der Aktion")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["home.InitiativeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Aktion")
        verbose_name_plural = _("Aktionen")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("Das Ende liegt vor dem Beginn der Aktion.")})

    @property
    def is_running(self):
        today = timezone.localdate()
        return self.starts_on <= today and (self.ends_on is None or self.ends_on >= today)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["opportunities"] = [
            chosen.opportunity
            for chosen in self.chosen_opportunities.filter(
                opportunity__in=OpportunityPage.objects.current()
            )
            .select_related("opportunity__municipality", "opportunity__club")
            .prefetch_related("opportunity__categories")
        ]
        context["clubs"] = [
            chosen.club
            for chosen in self.chosen_clubs.filter(club__live=True)
            .select_related("club__municipality", "club__logo")
            .prefetch_related("club__logo__renditions")
        ]
        return context


class InitiativeOpportunity(Orderable):
    page = ParentalKey(
        InitiativePage, on_delete=models.CASCADE, related_name="chosen_opportunities"
    )
    opportunity = models.ForeignKey(
        OpportunityPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("Angebot")
    )

    panels = [PageChooserPanel("opportunity", "opportunities.OpportunityPage")]


class InitiativeClub(Orderable):
    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="chosen_clubs")
    club = models.ForeignKey(
        ClubPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("Verein")
    )

    panels = [PageChooserPanel("club", "clubs.ClubPage")]
