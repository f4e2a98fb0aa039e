"""Hand-ordered, scheduled features: what staff pin on the home page and on landing pages.

Every featured item is an Orderable (staff drag it into place) with an optional window in which it
is shown, so a campaign can be prepared in advance and disappears by itself when it ends.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Orderable

SCHEDULE_PANEL = FieldRowPanel([FieldPanel("shown_from"), FieldPanel("shown_until")])


def shown_on(day):
    """Filter for features whose window includes `day`; an empty bound is open."""
    return (Q(shown_from__isnull=True) | Q(shown_from__lte=day)) & (
        Q(shown_until__isnull=True) | Q(shown_until__gte=day)
    )


class ScheduledFeature(Orderable):
    shown_from = models.DateField(
        _("Anzeigen ab"), null=True, blank=True, help_text=_("Leer lassen: sofort anzeigen.")
    )
    shown_until = models.DateField(
        _("Anzeigen bis"),
        null=True,
        blank=True,
        help_text=_("Leer lassen: anzeigen, bis Sie den Eintrag entfernen."),
    )

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if self.shown_from and self.shown_until and self.shown_until < self.shown_from:
            raise ValidationError(
                {"shown_until": _("Das Ende der Anzeige liegt vor ihrem Beginn.")}
            )

    @classmethod
    def shown_today(cls, **filters):
        return cls.objects.filter(shown_on(timezone.localdate()), **filters)


class HomeFeature(ScheduledFeature):
    """A regional feature on the home page: any published page with an optional teaser text."""

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="features")
    target = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Seite"),
        help_text=_("Ein Angebot, ein Verein, eine Aktion oder eine Ortsseite."),
    )
    teaser = models.CharField(
        _("Kurztext"),
        max_length=300,
        blank=True,
        help_text=_("Leer lassen: die Beschreibung der Seite wird gezeigt."),
    )

    panels = [PageChooserPanel("target"), FieldPanel("teaser"), SCHEDULE_PANEL]

    class Meta(ScheduledFeature.Meta):
        verbose_name = _("Hervorgehobener Inhalt")
        verbose_name_plural = _("Hervorgehobene Inhalte")


def home_features(home):
    """The home page's features that are live and shown today, in the editors' order."""
    return list(HomeFeature.shown_today(page=home, target__live=True).select_related("target"))
