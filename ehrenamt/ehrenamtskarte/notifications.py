"""E-mails of the Ehrenamts-Card: to the applicant at each step, to organisations, to staff.

Every mail goes through the outbox (EMAIL_BACKEND), stored in the transaction of the state change.
Mails to organisations name the applicant and the claimed engagement only; mails to staff carry
no personal data, just the link into the admin.
"""

from django.urls import reverse

from ehrenamt.operations.mail import absolute_url, send_templated_mail

from .links import email_confirmation_url, organisation_url, reapply_url

APPLICANT_MAILS = {
    "clubs": "card_sent_to_clubs",
    "ready": "card_ready",
    "approved": "card_approved",
    "refused": "card_refused",
    "issued": "card_issued",
    "expired": "card_expired",
}


def _authority_reply_to(application):
    address = application.authority.contact_email
    return [address] if address else None


def send_email_check(application):
    send_templated_mail(
        "card_confirm_email",
        {"application": application, "confirm_url": email_confirmation_url(application)},
        to=[application.email],
        reply_to=_authority_reply_to(application),
    )


def send_state_mail(application):
    """The applicant learns of every change of state."""
    send_templated_mail(
        APPLICANT_MAILS[application.state],
        {"application": application, "authority": application.authority},
        to=[application.email],
        reply_to=_authority_reply_to(application),
    )


def send_confirmation_request(engagement, reminder=False):
    application = engagement.application
    send_templated_mail(
        "card_organisation_reminder" if reminder else "card_organisation_request",
        {
            "engagement": engagement,
            "application": application,
            "authority": application.authority,
            "answer_url": organisation_url(engagement),
        },
        to=[engagement.contact_email],
        reply_to=_authority_reply_to(application),
    )


def send_ready_to_staff(application):
    address = application.authority.contact_email
    if not address:
        return
    send_templated_mail(
        "card_ready_for_staff",
        {
            "application": application,
            "admin_url": absolute_url(
                reverse("ehrenamtskarte_applications:inspect", args=[application.pk])
            ),
        },
        to=[address],
    )


def send_expiry_reminder(application):
    send_templated_mail(
        "card_expiry_reminder",
        {
            "application": application,
            "authority": application.authority,
            "reapply_url": reapply_url(application),
        },
        to=[application.email],
        reply_to=_authority_reply_to(application),
    )
