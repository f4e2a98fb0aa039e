from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingMailQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(dead_at__isnull=True)

    def dead(self):
        return self.filter(dead_at__isnull=False)


class OutgoingMail(models.Model):
    """An e-mail stored with the data that caused it, deleted once the mail server took it.

    After OUTBOX_MAX_ATTEMPTS failed attempts it is given up (dead_at) and waits for staff, who
    see it in the admin and can send it again.
    """

    created_at = models.DateTimeField(_("Erstellt"), default=timezone.now)
    subject = models.CharField(_("Betreff"), max_length=998)
    body = models.TextField(_("Text"))
    from_email = models.CharField(_("Absender"), max_length=254)
    to = models.JSONField(_("An"), default=list)
    cc = models.JSONField(default=list)
    bcc = models.JSONField(default=list)
    reply_to = models.JSONField(default=list)
    alternatives = models.JSONField(default=list)
    # Extra headers such as List-Unsubscribe (RFC 8058), which bulk mail must carry.
    headers = models.JSONField(default=dict)
    attempts = models.PositiveSmallIntegerField(_("Zustellversuche"), default=0)
    next_attempt_at = models.DateTimeField(_("Nächster Versuch"), default=timezone.now)
    last_error = models.CharField(_("Letzter Fehler"), max_length=200, blank=True)
    dead_at = models.DateTimeField(_("Aufgegeben am"), null=True, blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = _("ausgehende E-Mail")
        verbose_name_plural = _("ausgehende E-Mails")
        indexes = [models.Index(fields=["next_attempt_at"])]

    def __str__(self):
        return self.subject

    @property
    def state(self):
        if self.dead_at:
            return _("Aufgegeben")
        return _("Wird erneut versucht") if self.attempts else _("Wartet auf Versand")
