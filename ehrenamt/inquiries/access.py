"""Who may see which inquiries: a club only its own, city staff only figures for their clubs."""

from wagtail.models import WorkflowPage

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


def can_read_inquiries(user):
    return user.is_superuser or clubs_of(user).exists()


def can_oversee(user):
    return overseen_clubs(user).exists()
