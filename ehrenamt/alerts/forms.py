"""The "Neue passende Angebote per E-Mail" form under a search and the finder's answers."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ehrenamt.publicforms.fields import VisitorEmailField
from ehrenamt.publicforms.guard import GuardedForm, RateLimit

from .filters import MAX_QUERY_LENGTH, area_slugs, place_slug, search_form
from .models import Frequency, SearchSubscription

MAX_PER_ADDRESS = 10
mark_safe_lazy = lazy(mark_safe, str)


class SubscriptionForm(GuardedForm):
    ip_limit = RateLimit("alert-ip", 10, 3600)
    email_limit = RateLimit("alert-email", 5, 3600)

    email = VisitorEmailField(label=_("Ihre E-Mail-Adresse"), max_length=254)
    frequency = forms.ChoiceField(
        label=_("Wie oft?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        error_messages={
            "required": _("Bitte wählen Sie täglich oder wöchentlich."),
            "invalid_choice": _("Bitte wählen Sie täglich oder wöchentlich."),
        },
    )
    consent = forms.BooleanField(
        label=mark_safe_lazy(
            _(
                "Ich bin einverstanden, dass das Portal meine E-Mail-Adresse und diese Suche "
                "speichert, bis ich abbestelle. Mehr in den "
                '<a href="/datenschutz/">Datenschutzhinweisen</a>.'
            )
        ),
        error_messages={
            "required": _("Bitte stimmen Sie zu, damit wir Ihnen E-Mails schicken dürfen.")
        },
    )
    query = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH, widget=forms.HiddenInput)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        # The search is a hidden field: its error belongs to the whole form, where people see it.
        self.search = search_form(cleaned.get("query", ""))
        if "query" in self.errors or self.search.errors:
            raise ValidationError(
                _("Diese Suche können wir nicht speichern. Bitte starten Sie die Suche neu.")
            )
        email = cleaned.get("email")
        if (
            email
            and not self._known(cleaned)
            and SearchSubscription.objects.filter(email=email).count() >= MAX_PER_ADDRESS
        ):
            raise ValidationError(
                _(
                    "Für diese E-Mail-Adresse gibt es schon %(max)d Benachrichtigungen. "
                    "Bitte bestellen Sie erst eine ab."
                )
                % {"max": MAX_PER_ADDRESS}
            )
        return cleaned

    def _known(self, cleaned):
        return SearchSubscription.objects.filter(
            email=cleaned["email"], query=cleaned.get("query", "")
        ).first()

    def save(self):
        """The subscription for this address and search, and whether it still needs confirming.

        Subscribing to the same search again before confirming changes its frequency instead of
        adding a second; a confirmed one stays as its owner confirmed it.
        """
        data = self.cleaned_data
        subscription = self._known(data) or SearchSubscription(email=data["email"])
        self.record_submission()
        if subscription.confirmed:
            return subscription
        subscription.query = data["query"]
        subscription.frequency = data["frequency"]
        subscription.place = place_slug(self.search)
        subscription.areas = area_slugs(self.search)
        subscription.save()
        return subscription
