"""The words that describe a role: engagement areas, target groups, skills and languages.

Staff edit them as snippets; the slugs are stable because search URLs and partner feeds use them.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Term(index.Indexed, models.Model):
    name = models.CharField(_("Name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("Kurzname in URLs"),
        unique=True,
        help_text=_("Wird in Such-Links verwendet. Bitte nach dem Anlegen nicht mehr ändern."),
    )
    name_en = models.CharField(
        _("Name auf Englisch"),
        max_length=100,
        blank=True,
        help_text=_("Für die englische Oberfläche; leer: der deutsche Name."),
    )
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        """The name in the visitor's language: English where it is given, German otherwise."""
        if self.name_en and (get_language() or "de").startswith("en"):
            return self.name_en
        return self.name


class Category(Term):
    description = models.CharField(_("Kurzbeschreibung"), max_length=255, blank=True)

    panels = [*Term.panels, FieldPanel("description")]

    class Meta(Term.Meta):
        verbose_name = _("Engagementbereich")
        verbose_name_plural = _("Engagementbereiche")


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")


class Activity(Term):
    class Meta(Term.Meta):
        verbose_name = _("Tätigkeit")
        verbose_name_plural = _("Tätigkeiten")


class Language(Term):
    code = models.CharField(_("Sprachcode (ISO 639-1)"), max_length=3, blank=True)

    panels = [*Term.panels, FieldPanel("code")]

    class Meta(Term.Meta):
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")
