"""A volunteer's message to a club about one of its opportunities."""

import datetime

from django.conf import settings
from django.contrib.admin import display
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .workdays import working_days_between

# What identifies the volunteer; erased on request and after the retention period.
PERSONAL_FIELDS = ["name", "email", "phone", "availability", "message"]


class InquiryQuerySet(models.QuerySet):
    def unanswered(self):
        return self.filter(answered_at__isnull=True, anonymised_at__isnull=True)

    def for_clubs(self, clubs):
        return self.filter(club__in=clubs)


class Inquiry(models.Model):
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="inquiries",
        verbose_name=_("Engagement-Angebot"),
    )
    # Kept apart from the opportunity so statistics survive when a listing is deleted.
    club = models.ForeignKey(
        "clubs.ClubPage",
        on_delete=models.CASCADE,
        related_name="inquiries",
        verbose_name=_("Verein"),
    )
    opportunity_title = models.CharField(_("Angebot"), max_length=255)
    name = models.CharField(_("Name"), max_length=150)
    email = models.EmailField(_("E-Mail-Adresse"))
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    availability = models.CharField(_("Wann haben Sie Zeit?"), max_length=200, blank=True)
    message = models.TextField(_("Nachricht"), max_length=3000)
    consent_at = models.DateTimeField(_("Einwilligung erteilt am"))
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, db_index=True)
    answered_at = models.DateTimeField(_("Beantwortet am"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("Erinnerung gesendet am"), null=True, blank=True)
    anonymised_at = models.DateTimeField(
        _("Personenbezogene Daten gelöscht am"), null=True, blank=True
    )
    # The one-time key of the form as it was shown: the same form sent twice (a retry after a
    # timeout, a double click) finds the inquiry it already made instead of storing a second.
    # NULL, not "", for inquiries without one: unique allows many NULLs but only one "".
    submission_key = models.CharField(  # noqa: DJ001
        max_length=64, unique=True, null=True, editable=False
    )

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Anfrage")
        verbose_name_plural = _("Anfragen")

    def __str__(self):
        return f"{self.opportunity_title} ({self.created_at:%d.%m.%Y})"

    @property
    def response_time(self):
        if self.answered_at is None:
            return None
        return self.answered_at - self.created_at

    @property
    def response_working_days(self):
        if self.answered_at is None:
            return None
        local = timezone.localtime
        return working_days_between(local(self.created_at).date(), local(self.answered_at).date())

    @display(description=_("Status"))
    def status(self):
        if self.anonymised_at:
            return _("gelöscht")
        if self.answered_at:
            return _("beantwortet nach %(days)s Arbeitstagen") % {
                "days": self.response_working_days
            }
        return _("offen")

    def mark_answered(self):
        if self.answered_at is None:
            self.answered_at = timezone.now()
            self.save(update_fields=["answered_at"])

    def erase_personal_data(self):
        """Keep what statistics need (dates, club, listing); drop everything about the person."""
        for field in PERSONAL_FIELDS:
            setattr(self, field, "")
        self.anonymised_at = timezone.now()
        self.save()


def retention_cutoff():
    return timezone.now() - datetime.timedelta(days=settings.INQUIRY_RETENTION_DAYS)
