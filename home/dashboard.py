"""A club's start in the admin: its listings in plain German, open inquiries, and what to do next."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from ehrenamt.clubs.onboarding import clubs_of
from ehrenamt.inquiries.models import Inquiry
from ehrenamt.opportunities.models import OpportunityPage

# A listing this close to its end date is shown as running out, with "extend" as the next step.
EXPIRY_WARNING_DAYS = 14


@dataclass
class Listing:
    page: OpportunityPage
    state: str
    step: str
    step_url: str


def pending_ids(pages):
    return set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, object_id__in=[str(p.pk) for p in pages]
        ).values_list("object_id", flat=True)
    )


def describe(page, pending, today):
    """(state in plain German, next step or "") of one listing."""
    days_left = (page.valid_through - today).days
    if str(page.pk) in pending:
        return _("wartet auf Freigabe"), ""
    if page.filled:
        return _("besetzt"), ""
    if days_left < 0:
        return _("abgelaufen"), _("verlängern")
    if not page.live:
        return _("Entwurf"), _("zur Freigabe einreichen")
    if days_left <= EXPIRY_WARNING_DAYS:
        state = ngettext("läuft in %(days)d Tag ab", "läuft in %(days)d Tagen ab", days_left)
        return state % {"days": days_left}, _("verlängern")
    online = _("online bis %(date)s") % {"date": date_format(page.valid_through, "j. F Y")}
    return online, _("bestätigen, dass es noch aktuell ist")


def listings(club):
    today = timezone.localdate()
    pages = list(OpportunityPage.objects.child_of(club).order_by("-latest_revision_created_at"))
    pending = pending_ids(pages)
    result = []
    for page in pages:
        state, step = describe(page, pending, today)
        result.append(
            Listing(page, state, step, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        )
    return result


class ClubDashboard(Component):
    template_name = "home/admin/club_dashboard.html"
    order = 10

    def __init__(self, club):
        self.club = club

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        inquiries = Inquiry.objects.for_clubs([self.club]).unanswered().order_by("created_at")
        return {
            "club": self.club,
            "club_pending": self.club.workflow_in_progress,
            "new_listing_url": reverse(
                "wagtailadmin_pages:add",
                args=["opportunities", "opportunitypage", self.club.pk],
            ),
            "club_edit_url": reverse("wagtailadmin_pages:edit", args=[self.club.pk]),
            "listings": listings(self.club),
            "inquiries": [(inquiry, (now - inquiry.created_at).days) for inquiry in inquiries],
            "guide_url": reverse("club_guide"),
        }


def club_dashboard_panels(request, panels):
    """The construct_homepage_panels hook: a club sees its own dashboard instead of Wagtail's."""
    if request.user.is_superuser:
        return
    clubs = list(clubs_of(request.user))
    if clubs:
        panels[:] = [ClubDashboard(club) for club in clubs]
