"""A hard bounce marks the address's subscriptions; the daily jobs delete them (retention.py)."""

from django.dispatch import receiver
from django.utils import timezone

from ehrenamt.operations.outbox import recipients_refused

from .models import SearchSubscription


@receiver(recipients_refused)
def mark_bounced(sender, recipients, **kwargs):
    addresses = [address.strip().lower() for address in recipients]
    SearchSubscription.objects.filter(email__in=addresses, bounced_at__isnull=True).update(
        bounced_at=timezone.now()
    )
