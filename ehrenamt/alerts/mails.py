"""The alert mails: the confirmation and the digest, each with a one-click unsubscribe (RFC 8058)."""

from django.urls import reverse

from ehrenamt.operations.mail import absolute_url, send_templated_mail


def _links(subscription):
    token = subscription.token
    return {
        "confirm_url": absolute_url(reverse("alerts:confirm", args=[token])),
        "unsubscribe_url": absolute_url(reverse("alerts:unsubscribe", args=[token])),
        "results_url": absolute_url(reverse("alerts:results", args=[token])),
    }


def _unsubscribe_headers(links):
    """A mail client offers "Abbestellen" and POSTs List-Unsubscribe=One-Click to the URL."""
    return {
        "List-Unsubscribe": f"<{links['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_confirmation(subscription, description):
    links = _links(subscription)
    send_templated_mail(
        "alert_confirm",
        {"subscription": subscription, "description": description, **links},
        to=[subscription.email],
        headers=_unsubscribe_headers(links),
    )


def send_digest(subscription, description, listings, count):
    """listings: (title, place, url) of the newest matches; count: all new matches."""
    links = _links(subscription)
    token = subscription.token
    send_templated_mail(
        "alert_digest",
        {
            "subscription": subscription,
            "description": description,
            "listings": [
                {
                    "title": page.title,
                    "place": page.municipality.name,
                    "club": page.club.title if page.club else "",
                    "url": absolute_url(reverse("alerts:listing", args=[token, page.pk])),
                }
                for page in listings
            ],
            "count": count,
            "more": count - len(listings),
            **links,
        },
        to=[subscription.email],
        headers=_unsubscribe_headers(links),
    )
