"""Sending the portal's own e-mails from templates in templates/emails/."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string


def absolute_url(path):
    """Links in e-mails must work outside the site, so they carry the portal's base address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_templated_mail(name, context, to, reply_to=None):
    """Render emails/<name>_subject.txt and emails/<name>.txt and send them as plain text."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    subject = " ".join(render_to_string(f"emails/{name}_subject.txt", context).split())
    body = render_to_string(f"emails/{name}.txt", context)
    message = EmailMessage(subject, body, to=list(to), reply_to=reply_to)
    return message.send()
