"""Who curates which landing page, and how a landing page comes into being.

`site_tree.ensure_site_tree()` and `manage.py onboard_municipality` both call `ensure_landing_page`,
so every place gets the same page and the same rights: its staff group (the one that already approves
the place's clubs, see ehrenamt/clubs/onboarding.py) may change and publish that one page only.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import GroupPagePermission

from ehrenamt.clubs.onboarding import admin_access, page_permission, staff_group

from .initiatives import InitiativeIndexPage
from .municipality import MunicipalityIndexPage, MunicipalityPage

CURATOR_PERMISSIONS = ["change_page", "publish_page"]
REGION_STAFF = "Verwaltung Region"
# Promoted search results change every visitor's search, so only the regional staff pin them.
REGION_PROMOTION_PERMISSIONS = [
    "add_searchpromotion",
    "change_searchpromotion",
    "delete_searchpromotion",
]


def curated_places(user):
    """(municipality ids, district ids, whole region?) of the landing pages `user` may change."""
    curated = MunicipalityPage.objects.filter(
        group_permissions__group__user=user,
        group_permissions__permission__codename="change_page",
    ).values_list("municipality_id", "district_id")
    municipality_ids, district_ids = set(), set()
    for municipality_id, district_id in curated:
        if municipality_id is None and district_id is None:
            return set(), set(), True
        municipality_ids.add(municipality_id)
        district_ids.add(district_id)
    return municipality_ids - {None}, district_ids - {None}, False


def curator_group(*, municipality=None, district=None):
    """The staff group of a place: for a municipality the one that approves its clubs."""
    if municipality is not None:
        return staff_group(municipality)
    name = f"Verwaltung {district.name}" if district is not None else REGION_STAFF
    group, created = Group.objects.get_or_create(name=name)
    if created:
        group.permissions.add(admin_access())
        if district is None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="wagtailsearchpromotions",
                    codename__in=REGION_PROMOTION_PERMISSIONS,
                )
            )
    return group


def grant_curation(group, page):
    for codename in CURATOR_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )


def ensure_index_pages(home):
    """The folders /orte/ and /initiativen/ below the home page."""
    places = MunicipalityIndexPage.objects.child_of(home).first()
    if places is None:
        places = home.add_child(
            instance=MunicipalityIndexPage(
                title="Orte",
                slug="orte",
                intro="<p>Engagement in Ihrer Stadt, Ihrer Gemeinde und Ihrem Kreis.</p>",
            )
        )
    if not InitiativeIndexPage.objects.child_of(home).exists():
        home.add_child(
            instance=InitiativeIndexPage(
                title="Aktionen",
                slug="initiativen",
                intro="<p>Aktionstage und Kampagnen rund ums Ehrenamt.</p>",
            )
        )
    return places


def area_slug(municipality, district, title):
    """The reference data's ASCII slug; slugify would drop letters such as ß."""
    if municipality is not None:
        return municipality.slug
    if district is not None:
        return district.slug
    return slugify(title)


@transaction.atomic
def ensure_landing_page(
    places, *, title, intro="", municipality=None, district=None, slug=None, phrase=""
):
    """The landing page of a place below `places` (/orte/), created with its curators' rights.

    Returns (page, group). An existing page of the same area is kept as the staff left it.
    """
    page = MunicipalityPage.objects.filter(
        municipality=municipality, district=district if municipality is None else None
    ).first()
    if page is None:
        page = places.add_child(
            instance=MunicipalityPage(
                title=title,
                slug=slug or area_slug(municipality, district, title),
                intro=intro,
                phrase=phrase,
                municipality=municipality,
                district=None if municipality is not None else district,
            )
        )
    group = curator_group(municipality=municipality, district=district)
    grant_curation(group, page)
    return page, group
