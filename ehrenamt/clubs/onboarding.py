"""Club onboarding: one service that gives a new club its account, rights, page and approval path.

The registration form, `manage.py onboard_club` and the admin view all call `onboard_club`, so every
club is set up the same way: a Wagtail user, the club's own group with add/change (never publish)
rights on its ClubPage subtree, its own image collection, a draft ClubPage, and the approval workflow
of its municipality's staff.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from ehrenamt.operations.mail import absolute_url, send_templated_mail

from .models import ClubIndexPage, ClubPage

CLUB_PAGE_PERMISSIONS = ["add_page", "change_page"]
CLUB_IMAGE_PERMISSIONS = ["add_image", "change_image", "choose_image"]
CONFIRMATION_SALT = "clubs.confirm-email"
CONFIRMATION_MAX_AGE = 7 * 24 * 3600


class EmailAlreadyRegistered(Exception):
    """Raised instead of creating a second account for one e-mail address."""


@dataclass
class Onboarding:
    user: object
    group: Group
    club: ClubPage
    collection: Collection


def find_user_by_email(email):
    return get_user_model().objects.filter(email__iexact=email.strip()).first()


def page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def image_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailimages", codename=codename)


def admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def staff_group(municipality):
    """The group of the city staff who approve the clubs and listings of `municipality`."""
    group, created = Group.objects.get_or_create(name=f"Verwaltung {municipality.name}")
    if created:
        group.permissions.add(admin_access())
    return group


def approval_workflow(municipality):
    """The workflow in which the staff of `municipality` approve pages before they go live."""
    workflow, created = Workflow.objects.get_or_create(name=f"Freigabe {municipality.name}")
    if created:
        task = GroupApprovalTask.objects.create(
            name=f"Prüfung durch die Verwaltung {municipality.name}"
        )
        task.groups.set([staff_group(municipality)])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_approval_workflow(club):
    """New or changed club pages and opportunities go through the club municipality's staff.

    Wagtail publishes an approved revision as the approving user, so the staff group also holds
    the publish permission on the club's subtree.
    """
    WorkflowPage.objects.update_or_create(
        page=club, defaults={"workflow": approval_workflow(club.municipality)}
    )
    GroupPagePermission.objects.get_or_create(
        group=staff_group(club.municipality), page=club, permission=page_permission("publish_page")
    )


def unique_slug(parent, title):
    base = slugify(title)[:70] or "verein"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def create_user(*, email, contact_name, password, active):
    first_name, _space, last_name = contact_name.strip().rpartition(" ")
    user = get_user_model()(
        username=email.strip().lower(),
        email=email.strip(),
        first_name=first_name or last_name,
        last_name=last_name if first_name else "",
        is_active=active,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    return user


def create_club_page(*, name, municipality, contact_name, email, short_description, owner):
    index = ClubIndexPage.objects.get()
    club = ClubPage(
        title=name,
        slug=unique_slug(index, name),
        short_description=short_description,
        municipality=municipality,
        contact_name=contact_name,
        contact_email=email,
        owner=owner,
        live=False,
    )
    index.add_child(instance=club)
    club.save_revision(user=owner, log_action=True)
    return club


def create_club_group(club):
    group = Group.objects.create(name=f"Verein {club.pk}: {club.title}"[:150])
    group.permissions.add(admin_access())
    for codename in CLUB_PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group,
            page=club,
            permission=page_permission(codename),
        )
    return group


def create_club_collection(club, group):
    root = Collection.get_first_root_node()
    collection = root.add_child(name=f"{club.title} ({club.pk})")
    for codename in CLUB_IMAGE_PERMISSIONS:
        GroupCollectionPermission.objects.create(
            group=group,
            collection=collection,
            permission=image_permission(codename),
        )
    return collection


@transaction.atomic
def onboard_club(
    *, name, municipality, contact_name, email, short_description, password=None, active=False
):
    """Create everything a new club needs; `active=False` waits for the e-mail confirmation."""
    if find_user_by_email(email):
        raise EmailAlreadyRegistered(email)
    user = create_user(email=email, contact_name=contact_name, password=password, active=active)
    club = create_club_page(
        name=name,
        municipality=municipality,
        contact_name=contact_name,
        email=email,
        short_description=short_description,
        owner=user,
    )
    group = create_club_group(club)
    user.groups.add(group)
    collection = create_club_collection(club, group)
    assign_approval_workflow(club)
    return Onboarding(user=user, group=group, club=club, collection=collection)


def onboard_from_form(data, **options):
    """onboard_club() with the cleaned data of the registration or the staff's onboarding form."""
    fields = ["municipality", "contact_name", "email", "short_description"]
    return onboard_club(
        name=data["club_name"], **{field: data[field] for field in fields}, **options
    )


def clubs_of(user):
    """The club pages a user edits through a club group; approving staff only publish."""
    return ClubPage.objects.filter(
        group_permissions__group__user=user,
        group_permissions__permission__codename="change_page",
    ).distinct()


def confirmation_token(user):
    return signing.dumps(user.pk, salt=CONFIRMATION_SALT)


def confirmation_url(user):
    return absolute_url(reverse("clubs:confirm", kwargs={"token": confirmation_token(user)}))


def user_for_token(token):
    """The user a confirmation link belongs to, or None if the link is forged or too old."""
    try:
        pk = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk).first()


@transaction.atomic
def confirm_registration(user):
    """Activate the account and hand the club's page to the city staff for approval.

    Returns False when the account was already confirmed, so a second click changes nothing.
    """
    if user.is_active:
        return False
    user.is_active = True
    user.save(update_fields=["is_active"])
    for club in clubs_of(user):
        submit_for_approval(club, user)
    return True


def submit_for_approval(club, user):
    workflow = club.get_workflow()
    if workflow and not club.workflow_in_progress:
        workflow.start(club, user)


def password_url(user):
    """Where an invited person sets their own password: Wagtail's reset page."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return absolute_url(path)


def send_invitation(onboarding):
    """A club entered by staff sets its own password through Wagtail's reset page."""
    send_templated_mail(
        "club_invitation",
        {"club": onboarding.club, "password_url": password_url(onboarding.user)},
        to=[onboarding.user.email],
    )


@transaction.atomic
def onboard_staff(*, municipality, name, email):
    """A member of a town's staff: an account in the group that approves the town's clubs.

    The group also curates the town's landing page (home/curation.py). The person sets a password
    through the invitation mail.
    """
    if find_user_by_email(email):
        raise EmailAlreadyRegistered(email)
    user = create_user(email=email, contact_name=name, password=None, active=True)
    group = staff_group(municipality)
    user.groups.add(group)
    send_templated_mail(
        "staff_invitation",
        {"municipality": municipality, "password_url": password_url(user)},
        to=[user.email],
    )
    return user, group


def registration_summary(onboarding):
    return _("Verein „%(club)s“ angelegt, Benutzer %(user)s, Gruppe „%(group)s“.") % {
        "club": onboarding.club.title,
        "user": onboarding.user.username,
        "group": onboarding.group.name,
    }
