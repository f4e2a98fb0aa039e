"""Feedback on barriers, linked from the accessibility statement as BITV 2.0 / HVBIT require.

The message goes by e-mail to the portal's staff; nothing is stored in the database.
"""

from django import forms
from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from ehrenamt.operations.mail import send_templated_mail
from ehrenamt.publicforms.fields import VisitorEmailField
from ehrenamt.publicforms.guard import GuardedForm, RateLimit

from .portal_settings import PortalSettings

mark_safe_lazy = lazy(mark_safe, str)


class AccessibilityFeedbackForm(GuardedForm):
    ip_limit = RateLimit("accessibility-feedback-ip", 5, 3600)
    email_limit = RateLimit("accessibility-feedback-email", 3, 3600)

    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = VisitorEmailField(
        label=_("Ihre E-Mail-Adresse"),
        help_text=_("Damit wir Ihnen antworten können."),
        required_message=_("Bitte geben Sie Ihre E-Mail-Adresse an, damit wir antworten können."),
    )
    page_address = forms.CharField(
        label=_("Auf welcher Seite ist die Barriere?"),
        help_text=_("Die Adresse oder der Titel der Seite, wenn Sie ihn wissen."),
        max_length=300,
        required=False,
    )
    message = forms.CharField(
        label=_("Was funktioniert nicht?"),
        help_text=_("Beschreiben Sie bitte, was Sie tun wollten und was nicht ging."),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Bitte beschreiben Sie die Barriere."),
            "max_length": _("Bitte fassen Sie sich kürzer: höchstens %(limit_value)d Zeichen."),
        },
    )
    consent = forms.BooleanField(
        label=mark_safe_lazy(
            _(
                "Ich bin einverstanden, dass die Verwaltung meine Angaben zur Bearbeitung meiner "
                'Rückmeldung verwendet. Mehr in den <a href="/datenschutz/">Datenschutzhinweisen</a>.'
            )
        ),
        error_messages={
            "required": _("Bitte stimmen Sie zu, damit wir Ihre Rückmeldung bearbeiten dürfen.")
        },
    )


def feedback_recipients(request):
    """The portal's contact address from its settings, else the configured fallback."""
    contact = PortalSettings.for_request(request).contact_email
    return [contact or settings.ACCESSIBILITY_FEEDBACK_EMAIL]


@require_http_methods(["GET", "POST"])
def accessibility_feedback(request):
    form = AccessibilityFeedbackForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        form.record_submission()
        send_templated_mail(
            "accessibility_feedback",
            form.cleaned_data,
            to=feedback_recipients(request),
            reply_to=[form.cleaned_data["email"]],
        )
        return redirect("accessibility_feedback_sent")
    return render(request, "home/accessibility_feedback.html", {"form": form})


def accessibility_feedback_sent(request):
    return render(request, "home/accessibility_feedback_sent.html")
