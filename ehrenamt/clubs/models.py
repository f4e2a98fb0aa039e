"""Clubs and initiatives: the directory and each club's own page."""

import re

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ehrenamt.operations.ancestry import AncestorsOnce
from ehrenamt.regions.models import Located, Municipality
from ehrenamt.regions.panels import PointPanel
from ehrenamt.taxonomy.models import Category

from .page_form import ClubPageForm

CLUBS_PER_PAGE = 24
# Only administrators see the web editor's tabs (URL slug, search-engine title, menu, scheduling);
# a club answers what it knows, and the slug follows the title on its own.
WEBMASTER = "superuser"


def editor_tabs(content_panels):
    """The tabs of a club's editors: the content, and Wagtail's own tabs for administrators only."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhalt")),
            ObjectList(
                Page.promote_panels, heading=_("Suchmaschinen und Menü"), permission=WEBMASTER
            ),
            ObjectList(Page.settings_panels, heading=_("Einstellungen"), permission=WEBMASTER),
        ]
    )


class ClubIndexPage(AncestorsOnce, Page):
    """The club directory at /vereine/."""

    intro = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["clubs.ClubPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Vereinsverzeichnis")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        clubs = (
            ClubPage.objects.child_of(self)
            .live()
            .select_related("municipality", "logo")
            # Each logo's renditions in one query, not one per club in the list.
            .prefetch_related("logo__renditions")
            .order_by("title")
        )
        # Filters by place, engagement area and name; a bad value is named and left out.
        errors, chosen = {}, {}
        for key, model, message in (
            ("municipality", Municipality, _("Diesen Ort kennen wir nicht.")),
            ("category", Category, _("Diesen Engagementbereich kennen wir nicht.")),
        ):
            slug = request.GET.get(key, "")
            # The slug shape is checked first: PostgreSQL refuses NUL bytes with an error.
            found = slug and re.fullmatch(r"[-a-z0-9_]{1,100}", slug)
            chosen[key] = model.objects.filter(slug=slug).first() if found else None
            if slug and chosen[key] is None:
                errors[key] = message
        name = request.GET.get("q", "").strip()
        if len(name) > 100 or "\x00" in name:
            errors["q"], name = _("Bitte höchstens 100 Zeichen eingeben."), ""
        if chosen["municipality"]:
            clubs = clubs.filter(municipality=chosen["municipality"])
        if chosen["category"]:
            clubs = clubs.filter(categories=chosen["category"])
        if name:
            clubs = clubs.filter(title__icontains=name)
        context["clubs"] = Paginator(clubs, CLUBS_PER_PAGE).get_page(request.GET.get("page"))
        context["filter"] = {
            "municipalities": Municipality.objects.filter(
                pk__in=ClubPage.objects.child_of(self).live().values("municipality_id")
            ),
            "categories": Category.objects.all(),
            "chosen": chosen,
            "name": name,
            "errors": errors,
        }
        return context


class ClubPage(AncestorsOnce, Located, Page):
    """A club's (Verein's) own page, kept by the club itself."""

    short_description = models.CharField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze für Listen und Suchergebnisse."),
    )
    description = RichTextField(
        _("Über uns"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("Wer sind Sie, was machen Sie, wie ist das Vereinsleben?"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Logo oder Bild"),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Foto"),
        help_text=_("Ein Bild aus dem Vereinsleben, oben auf der Vereinsseite."),
    )
    categories = ParentalManyToManyField(
        "taxonomy.Category", blank=True, related_name="clubs", verbose_name=_("Engagementbereiche")
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=150, blank=True)
    contact_email = models.EmailField(
        _("E-Mail-Adresse"),
        help_text=_("An diese Adresse schicken wir Anfragen von Interessierten."),
    )
    contact_phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    website = models.URLField(_("Webseite"), blank=True)
    register_number = models.CharField(
        _("Vereinsregisternummer"),
        max_length=50,
        blank=True,
        help_text=_(
            "z. B. VR 1234, Amtsgericht Darmstadt. Leer lassen bei Initiativen ohne Eintrag."
        ),
    )
    step_free = models.BooleanField(_("Räume stufenlos erreichbar"), default=False)
    accessible_wc = models.BooleanField(_("Barrierefreies WC"), default=False)
    accessibility_note = models.CharField(
        _("Hinweise zur Barrierefreiheit"),
        max_length=300,
        blank=True,
        help_text=_("z. B. Aufzug vorhanden, Induktionsschleife im Saal"),
    )

    content_panels = [
        FieldPanel(
            "title",
            heading=_("Name des Vereins"),
            help_text=_("So erscheint der Verein im Verzeichnis und über seinen Angeboten."),
        ),
        FieldPanel("short_description"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("photo"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("municipality")]),
                PointPanel(),
            ],
            heading=_("Adresse"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("website"),
                FieldPanel("register_number"),
            ],
            heading=_("Kontakt"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldPanel("accessible_wc"),
                FieldPanel("accessibility_note"),
            ],
            heading=_("Barrierefreiheit der Räume"),
        ),
    ]

    edit_handler = editor_tabs(content_panels)

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("municipality"),
        index.RelatedFields("categories", [index.SearchField("name")]),
    ]

    base_form_class = ClubPageForm
    parent_page_types = ["clubs.ClubIndexPage"]
    subpage_types = ["opportunities.OpportunityPage"]
    # Lists only its own roles, its children: their publishing drops it (operations/cachetags.py).
    lists_other_pages = False

    class Meta:
        verbose_name = _("Verein")
        verbose_name_plural = _("Vereine")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The reverse relation keeps clubs free of an import of opportunities.
        context["opportunities"] = (
            self.opportunities.current()
            .select_related("municipality")
            .prefetch_related("categories")
            .order_by("-first_published_at")
        )
        context["categories"] = self.categories.all()
        return context
