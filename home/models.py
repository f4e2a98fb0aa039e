"""The portal's front door and its plain content pages (Impressum, Datenschutz, ...)."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ehrenamt.operations.ancestry import AncestorsOnce
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.taxonomy.models import Category

from .blocks import BodyBlock
from .features import HomeFeature, home_features
from .initiatives import (
    InitiativeClub,
    InitiativeIndexPage,
    InitiativeOpportunity,
    InitiativePage,
    running_initiatives,
)
from .municipality import (
    FeaturedClub,
    FeaturedInitiative,
    FeaturedOpportunity,
    MunicipalityIndexPage,
    MunicipalityPage,
    area_totals,
    landing_pages,
    with_counts,
)
from .portal_settings import PortalSettings

# The page and setting models live in their own modules; Django finds them through this one.
__all__ = [
    "FeaturedClub",
    "FeaturedInitiative",
    "FeaturedOpportunity",
    "HomeFeature",
    "HomePage",
    "InitiativeClub",
    "InitiativeIndexPage",
    "InitiativeOpportunity",
    "InitiativePage",
    "MunicipalityIndexPage",
    "MunicipalityPage",
    "PortalSettings",
    "StandardPage",
]

NEWEST_ON_HOME = 6


class HomePage(Page):
    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"], max_length=1000
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))
    # HVBIT asks for the start page's essentials in German Sign Language. The video is a file in
    # our own document library, so playing it sends nothing to a third party.
    sign_language_video = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Video in Deutscher Gebärdensprache"),
        help_text=_("Eine Videodatei (MP4 oder WebM) aus der Dokumentenbibliothek."),
    )
    sign_language_caption = models.CharField(
        _("Bildunterschrift zum Gebärdensprach-Video"),
        max_length=300,
        blank=True,
        default=_("Informationen zu diesem Portal in Deutscher Gebärdensprache"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("features", label=_("Hervorgehobene Inhalte der Region")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("sign_language_video"), FieldPanel("sign_language_caption")],
            heading=_("Gebärdensprache"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newest_opportunities"] = (
            # Listings of the region's own clubs; partner portals' listings are found by search.
            OpportunityPage.objects.current()
            .filter(source_name="")
            .select_related("municipality", "club")
            .prefetch_related("categories")
            .order_by("-first_published_at")[:NEWEST_ON_HOME]
        )
        context["categories"] = Category.objects.all()
        context["features"] = home_features(self)
        context["places"] = with_counts(list(landing_pages()))
        context["totals"] = area_totals({})
        context["running_initiatives"] = running_initiatives()
        return context

    def route(self, request, path_components):
        """The page at the end of the path in two queries, instead of two per level of the tree.

        A page's url_path is its ancestors' slugs, so looking it up finds the page that walking
        the tree would. No page in between has routes of its own; the page found still decides
        itself whether it answers (live, or an expired listing's 410).
        """
        if not path_components:
            return super().route(request, path_components)
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        page = Page.objects.filter(slug=path_components[-1], url_path=url_path).first()
        if page is None:
            raise Http404
        return specific_for_serving(page).route(request, [])


def specific_for_serving(page):
    """page.specific, with the rows its type names in `serve_select_related` read in the same
    query (an opportunity's club, place and image: three queries less per view)."""
    model = page.specific_class
    related = getattr(model, "serve_select_related", ())
    if model is None or not related:
        return page.specific
    return model.objects.select_related(*related).get(pk=page.pk)


class StandardPage(AncestorsOnce, Page):
    """A plain page of text: Impressum, Datenschutz, Barrierefreiheit and the like."""

    intro = models.CharField(_("Einleitung"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    # Lists no roles: publishing one leaves the cached text pages alone (operations/cachetags.py).
    lists_other_pages = False
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")
