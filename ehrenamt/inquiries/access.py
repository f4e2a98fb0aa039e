"""Who may see which inquiries: a club only its own, city staff only figures for their clubs."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import WorkflowPage
from wagtail.permission_policies.base import BasePermissionPolicy

from ehrenamt.clubs.models import ClubPage
from ehrenamt.clubs.onboarding import clubs_of

from .models import Inquiry


def readable_inquiries(user):
    """Inquiries whose personal data `user` may read: their own club's, or all for admins."""
    if user.is_superuser:
        return Inquiry.objects.all()
    return Inquiry.objects.for_clubs(clubs_of(user))


def overseen_clubs(user):
    """Clubs whose pages `user` approves as city staff; admins oversee every club."""
    if user.is_superuser:
        return ClubPage.objects.all()
    approved_pages = WorkflowPage.objects.filter(
        workflow__workflow_tasks__task__groupapprovaltask__groups__user=user
    ).values("page_id")
    return ClubPage.objects.filter(pk__in=approved_pages)


def inquiry_readers():
    """The users for whom readable_inquiries() is not empty: admins and members of a club group."""
    club_editor = Q(
        groups__page_permissions__page__in=ClubPage.objects.values("pk"),
        groups__page_permissions__permission__codename="change_page",
    )
    return get_user_model().objects.filter(Q(is_superuser=True) | club_editor).distinct()


def can_read_inquiries(user):
    return user.is_superuser or clubs_of(user).exists()


def can_oversee(user):
    return overseen_clubs(user).exists()


class InquiryPermissionPolicy(BasePermissionPolicy):
    """The rules above in Wagtail's terms: club membership decides who reads, not model permissions;
    nobody adds, edits or deletes an inquiry in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and can_read_inquiries(user)

    def users_with_any_permission(self, actions):
        return (
            inquiry_readers().filter(is_active=True)
            if "view" in actions
            else inquiry_readers().none()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return action == "view" and readable_inquiries(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions:
            return readable_inquiries(user)
        return self.model._default_manager.none()
