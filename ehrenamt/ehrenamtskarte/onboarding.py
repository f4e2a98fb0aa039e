"""An issuing authority's staff group: it reads and decides the authority's applications only."""

from django.contrib.auth.models import Group, Permission

from ehrenamt.clubs.onboarding import admin_access

from .models import IssuingAuthority

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


def configure_authority(district, *, name=None, online=True, **rules):
    """Make `district`'s authority take online applications under `rules`; returns it and its group.

    `rules` holds the IssuingAuthority fields to set (hours_per_week, hours_per_year,
    years_of_engagement, minimum_age, validity_years, contact_email); unset ones stay as they are.
    """
    authority = IssuingAuthority.objects.filter(district=district).first() or IssuingAuthority(
        district=district, slug=district.slug, name=name or district.name
    )
    if name:
        authority.name = name
    for field, value in rules.items():
        if value is not None:
            setattr(authority, field, value)
    authority.accepts_online_applications = online
    authority.full_clean()
    authority.save()
    return authority, ensure_staff_group(authority)
