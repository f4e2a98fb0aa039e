"""Landing pages at /orte/<slug>/: one municipality, a whole district, or the whole region.

City staff curate their own page: an introduction, featured opportunities, clubs and initiatives,
while the newest opportunities of the area and the search box follow from the area alone.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site

from ehrenamt.clubs.admin_scope import ScopedPageForm
from ehrenamt.clubs.models import ClubPage
from ehrenamt.operations.ancestry import AncestorsOnce
from ehrenamt.opportunities.models import OpportunityPage

from .blocks import BodyBlock
from .features import SCHEDULE_PANEL, ScheduledFeature

NEWEST_IN_AREA = 6


def counts_by_place(queryset):
    """{(municipality id, district id): count} in one query."""
    rows = queryset.values_list("municipality_id", "municipality__district_id").annotate(
        count=Count("pk")
    )
    return {(municipality, district): count for municipality, district, count in rows.order_by()}


def area_total(counts, municipality_id=None, district_id=None):
    return sum(
        count
        for (municipality, district), count in counts.items()
        if (municipality_id is None or municipality == municipality_id)
        and (district_id is None or district == district_id)
    )


def with_counts(places):
    """The landing pages with .opportunity_count and .club_count, in two queries for all of them."""
    opportunities = counts_by_place(OpportunityPage.objects.current())
    clubs = counts_by_place(ClubPage.objects.live())
    for place in places:
        area = {"municipality_id": place.municipality_id, "district_id": place.district_id}
        place.opportunity_count = area_total(opportunities, **area)
        place.club_count = area_total(clubs, **area)
    return places


def area_totals(area_filter):
    """(current opportunities, live clubs) in an area: the totals under a landing page's title."""
    return (
        OpportunityPage.objects.current().filter(**area_filter).count(),
        ClubPage.objects.live().filter(**area_filter).count(),
    )


def landing_pages():
    """The live landing pages below /orte/ with what their cards show.

    A town with a host of its own (onboard_municipality --hostname) is its own portal, not a card.
    """
    return (
        MunicipalityPage.objects.live()
        .public()
        .exclude(pk__in=Site.objects.values("root_page_id"))
        .select_related("image", "municipality", "district")
        .prefetch_related("image__renditions")
        .order_by("path")
    )


class MunicipalityIndexPage(AncestorsOnce, Page):
    """The folder /orte/ that holds the landing pages."""

    intro = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.MunicipalityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Übersicht der Orte")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["places"] = with_counts(list(landing_pages().child_of(self)))
        return context


class MunicipalityPage(AncestorsOnce, Page):
    """A landing page. Without a municipality or district it covers the whole region."""

    base_form_class = ScopedPageForm

    municipality = models.ForeignKey(
        "regions.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Ort"),
    )
    district = models.ForeignKey(
        "regions.District",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Kreis"),
        help_text=_("Für die Seite eines ganzen Kreises. Ort und Kreis leer: die ganze Region."),
    )
    phrase = models.CharField(
        _("Wendung mit Artikel"),
        max_length=120,
        blank=True,
        help_text=_(
            "Wie man „in …“ sagt, z. B. „in der Metropolregion Rhein-Neckar“. "
            "Leer: aus Ort oder Kreis."
        ),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Bild"),
        help_text=_("Für die Karte in der Übersicht der Orte und oben auf der Seite."),
    )
    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"], max_length=2000
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("municipality"), FieldPanel("district"), FieldPanel("phrase")], _("Gebiet")
        ),
        FieldPanel("image"),
        FieldPanel("intro"),
        InlinePanel("featured_opportunities", label=_("Hervorgehobene Angebote")),
        InlinePanel("featured_clubs", label=_("Hervorgehobene Vereine")),
        InlinePanel("featured_initiatives", label=_("Hervorgehobene Aktionen")),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.MunicipalityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Ortsseite")
        verbose_name_plural = _("Ortsseiten")

    def clean(self):
        super().clean()
        if self.municipality_id and self.district_id:
            raise ValidationError(
                {"district": _("Bitte entweder einen Ort oder einen Kreis wählen, nicht beides.")}
            )

    @property
    def area_filter(self):
        """Lookups that restrict opportunities and clubs to this page's area."""
        if self.municipality_id:
            return {"municipality_id": self.municipality_id}
        if self.district_id:
            return {"municipality__district_id": self.district_id}
        return {}

    @property
    def in_phrase(self):
        """ "in Bensheim", "im Kreis Bergstraße": the place with its preposition and article.

        German needs the article of the place's name; English simply says "in" before the name.
        """
        if not (get_language() or "de").startswith("de"):
            return f"in {self.title}"
        if self.phrase:
            return self.phrase
        if self.municipality_id:
            return f"in {self.municipality.name}"
        if self.district_id:
            return self.district.in_phrase
        return f"in {self.title}"

    @property
    def search_parameters(self):
        """Hidden fields for the search box: /suche/ then searches within this area only."""
        if self.municipality_id:
            return [("municipality", self.municipality.slug)]
        if self.district_id:
            return [("district", self.district.slug)]
        return []

    def newest_opportunities(self):
        return (
            OpportunityPage.objects.current()
            .filter(**self.area_filter)
            .select_related("municipality", "club")
            .prefetch_related("categories")
            .order_by("-first_published_at")[:NEWEST_IN_AREA]
        )

    def featured_opportunities_today(self):
        features = (
            FeaturedOpportunity.shown_today(page=self)
            .filter(opportunity__in=OpportunityPage.objects.current())
            .select_related("opportunity__municipality", "opportunity__club")
            .prefetch_related("opportunity__categories")
        )
        return [feature.opportunity for feature in features]

    def featured_clubs_today(self):
        features = (
            FeaturedClub.shown_today(page=self, club__live=True)
            .select_related("club__municipality", "club__logo")
            .prefetch_related("club__logo__renditions")
        )
        return [feature.club for feature in features]

    def featured_initiatives_today(self):
        features = FeaturedInitiative.shown_today(page=self, initiative__live=True).select_related(
            "initiative__image"
        )
        return [feature.initiative for feature in features]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_opportunities"] = self.featured_opportunities_today()
        context["featured_clubs"] = self.featured_clubs_today()
        context["featured_initiatives"] = self.featured_initiatives_today()
        context["newest_opportunities"] = self.newest_opportunities()
        context["totals"] = area_totals(self.area_filter)
        context["search_parameters"] = self.search_parameters
        return context


class FeaturedOpportunity(ScheduledFeature):
    page = ParentalKey(
        MunicipalityPage, on_delete=models.CASCADE, related_name="featured_opportunities"
    )
    opportunity = models.ForeignKey(
        OpportunityPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("Angebot")
    )

    panels = [PageChooserPanel("opportunity", "opportunities.OpportunityPage"), SCHEDULE_PANEL]

    class Meta(ScheduledFeature.Meta):
        verbose_name = _("Hervorgehobenes Angebot")


class FeaturedClub(ScheduledFeature):
    page = ParentalKey(MunicipalityPage, on_delete=models.CASCADE, related_name="featured_clubs")
    club = models.ForeignKey(
        ClubPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("Verein")
    )

    panels = [PageChooserPanel("club", "clubs.ClubPage"), SCHEDULE_PANEL]

    class Meta(ScheduledFeature.Meta):
        verbose_name = _("Hervorgehobener Verein")


class FeaturedInitiative(ScheduledFeature):
    page = ParentalKey(
        MunicipalityPage, on_delete=models.CASCADE, related_name="featured_initiatives"
    )
    initiative = models.ForeignKey(
        "home.InitiativePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("Aktion")
    )

    panels = [PageChooserPanel("initiative", "home.InitiativePage"), SCHEDULE_PANEL]

    class Meta(ScheduledFeature.Meta):
        verbose_name = _("Hervorgehobene Aktion")
