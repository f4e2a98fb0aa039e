"""The admin's password reset: one answer and one cost for every address, limited per address and IP.

Looking the address up and sending the mail happen in a background task, so the request does the
same work for known and unknown addresses (in production one queued row) and timing tells
nothing about which accounts exist. Limits count requests, not accounts, for the same reason.
"""

from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.admin.views.account import PasswordResetView

from .guard import RateLimit, client_ip

resets_by_address = RateLimit("password-reset-email", 3, 3600)
resets_by_ip = RateLimit("password-reset-ip", 10, 3600)


class BackgroundPasswordResetForm(PasswordResetForm):
    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean(self):
        cleaned = super().clean()
        ip = client_ip(self.request) if self.request else "unknown"
        if resets_by_address.exceeded(cleaned.get("email", "")) or resets_by_ip.exceeded(ip):
            raise ValidationError(
                _(
                    "Sie haben in kurzer Zeit mehrere Links zum Zurücksetzen angefordert. Bitte "
                    "sehen Sie in Ihrem Postfach nach oder versuchen Sie es in einer Stunde erneut."
                ),
                code="rate_limited",
            )
        return cleaned

    def save(
        self,
        domain_override=None,
        subject_template_name="registration/password_reset_subject.txt",
        email_template_name="registration/password_reset_email.html",
        use_https=False,
        token_generator=None,
        from_email=None,
        request=None,
        html_email_template_name=None,
        extra_email_context=None,
    ):
        email = self.cleaned_data["email"]
        resets_by_address.hit(email)
        resets_by_ip.hit(client_ip(request or self.request))
        if domain_override:
            site_name = domain = domain_override
        else:
            site = get_current_site(request)
            site_name, domain = site.name, site.domain
        send_password_reset.enqueue(
            email=email,
            domain=domain,
            site_name=site_name,
            use_https=use_https,
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
            from_email=from_email,
            html_email_template_name=html_email_template_name,
            extra_email_context=extra_email_context or {},
        )


@task()
def send_password_reset(
    email,
    domain,
    site_name,
    use_https,
    subject_template_name,
    email_template_name,
    from_email=None,
    html_email_template_name=None,
    extra_email_context=None,
):
    """Django's own reset mail to each active account with this address; none for unknown ones."""
    form = DjangoPasswordResetForm(data={"email": email})
    if not form.is_valid():
        return
    form.save(
        domain_override=domain,
        subject_template_name=subject_template_name,
        email_template_name=email_template_name,
        use_https=use_https,
        from_email=from_email,
        html_email_template_name=html_email_template_name,
        extra_email_context={**(extra_email_context or {}), "site_name": site_name},
    )


class BackgroundPasswordResetView(PasswordResetView):
    """Wagtail's view, giving the form the request so that limits know the visitor's address."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}
