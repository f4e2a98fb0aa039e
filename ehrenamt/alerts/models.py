"""A search alert: an e-mail address that receives new listings matching a search.

Nothing here is ever shown to anyone but the person behind the address (through the token in
their mails); staff see only counts per place and area (statistics/).
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Frequency(models.TextChoices):
    DAILY = "daily", _("täglich")
    WEEKLY = "weekly", _("wöchentlich")


class SearchSubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class SearchSubscription(models.Model):
    email = models.EmailField(_("E-Mail-Adresse"))
    # The search as /suche/ takes it (alerts/filters.py keeps only the search contract's filters).
    query = models.TextField(_("Suche"), blank=True)
    # For the statistics only: the place and the areas of the search, never the address.
    place = models.SlugField(_("Ort"), blank=True, db_index=False)
    areas = models.TextField(_("Engagementbereiche"), blank=True)
    frequency = models.CharField(
        _("Häufigkeit"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    # One secret per subscription, in every mail: confirm, open the results, unsubscribe.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("Angelegt"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("Bestätigt"), null=True, blank=True)
    # Listings first published after this moment are new to the person; set when confirming and
    # to the start of each run that mailed a digest.
    covered_until = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(_("Zuletzt gesendet"), null=True, blank=True)
    # The day the person last followed a link from one of our mails; no per-click log.
    last_opened_on = models.DateField(null=True, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)

    objects = SearchSubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Suchbenachrichtigung")
        verbose_name_plural = _("Suchbenachrichtigungen")
        indexes = [
            models.Index(fields=["email"], name="alerts_email"),
            models.Index(fields=["confirmed_at", "frequency"], name="alerts_due"),
        ]

    def __str__(self):
        return f"SearchSubscription({self.pk})"

    @property
    def confirmed(self):
        return self.confirmed_at is not None

    def confirm(self, now=None):
        now = now or timezone.now()
        self.confirmed_at = now
        self.covered_until = now
        self.last_opened_on = now.date()
        self.save(update_fields=["confirmed_at", "covered_until", "last_opened_on"])

    def mark_opened(self):
        today = timezone.localdate()
        if self.last_opened_on != today:
            self.last_opened_on = today
            self.save(update_fields=["last_opened_on"])
