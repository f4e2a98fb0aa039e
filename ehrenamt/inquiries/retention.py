"""Privacy: personal data of inquiries is erased after the retention period."""

from django.utils import timezone

from .models import PERSONAL_FIELDS, Inquiry, retention_cutoff


def erase_expired_inquiries():
    """Anonymise inquiries older than INQUIRY_RETENTION_DAYS in one query; returns how many."""
    expired = Inquiry.objects.filter(created_at__lt=retention_cutoff(), anonymised_at__isnull=True)
    return expired.update(anonymised_at=timezone.now(), **dict.fromkeys(PERSONAL_FIELDS, ""))
