"""An issuing authority's staff group: it reads and decides the authority's applications only."""

from django.contrib.auth.models import Group, Permission

from ehrenamt.clubs.onboarding import admin_access

STAFF_PERMISSIONS = [
    "view_cardapplication",
    "add_cardbenefit",
    "change_cardbenefit",
    "delete_cardbenefit",
]


def ensure_staff_group(authority):
    """The group whose members work the authority's queue; made once, reused afterwards."""
    group = authority.staff_group
    if group is None:
        group, _created = Group.objects.get_or_create(name=f"Ehrenamts-Card {authority.name}"[:150])
        authority.staff_group = group
        authority.save(update_fields=["staff_group"])
    group.permissions.add(
        admin_access(),
        *Permission.objects.filter(
            content_type__app_label="ehrenamtskarte", codename__in=STAFF_PERMISSIONS
        ),
    )
    return group
