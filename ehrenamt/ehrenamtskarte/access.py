"""Who sees which applications: only the staff of the authority that decides them."""

from .models import CardApplication, IssuingAuthority


def authorities_of(user):
    if user.is_superuser:
        return IssuingAuthority.objects.all()
    return IssuingAuthority.objects.filter(staff_group__user=user)


def readable_applications(user):
    return CardApplication.objects.for_authorities(authorities_of(user))
