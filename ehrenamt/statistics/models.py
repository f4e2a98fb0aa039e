"""Searches that found nothing: what was asked, never who asked (no IP address, no user)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ZeroResultSearch(models.Model):
    text = models.CharField(_("Suchbegriff"), max_length=255, blank=True)
    filters = models.JSONField(_("Filter"), default=dict, blank=True)
    # The places and categories the search was limited to, so staff can count per place and area.
    municipalities = models.ManyToManyField(
        "regions.Municipality", blank=True, related_name="+", verbose_name=_("Orte")
    )
    categories = models.ManyToManyField(
        "taxonomy.Category", blank=True, related_name="+", verbose_name=_("Engagementbereiche")
    )
    searched_on = models.DateField(_("Datum"), default=timezone.localdate, db_index=True)

    class Meta:
        ordering = ["-searched_on", "-pk"]
        verbose_name = _("Suche ohne Ergebnis")
        verbose_name_plural = _("Suchen ohne Ergebnis")

    def __str__(self):
        return f"{self.text or '-'} ({self.searched_on:%d.%m.%Y})"
