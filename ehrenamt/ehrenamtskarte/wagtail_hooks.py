"""Admin: the staff queue, the authorities and benefits as snippets, the clubs' open requests."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ehrenamt.clubs.onboarding import clubs_of

from .links import organisation_path
from .models import CardBenefit, Engagement, IssuingAuthority
from .queue import CardApplicationViewSet


class IssuingAuthorityViewSet(SnippetViewSet):
    model = IssuingAuthority
    icon = "site"
    menu_label = _("Ausgabestellen")
    list_display = ["name", "district", "accepts_online_applications"]
    list_filter = ["accepts_online_applications"]


class CardBenefitViewSet(SnippetViewSet):
    model = CardBenefit
    icon = "tag"
    menu_label = _("Vergünstigungen")
    list_display = ["partner", "offer", "municipality", "category", "valid_until"]
    list_filter = ["category", "municipality"]
    search_fields = ["partner", "offer"]


register_snippet(IssuingAuthorityViewSet)
register_snippet(CardBenefitViewSet)


@hooks.register("register_admin_viewset")
def register_queue():
    return CardApplicationViewSet()


class ConfirmationRequestsPanel(Component):
    """On a club's dashboard: engagements it has still to confirm, each with its answer page."""

    name = "card_confirmation_requests"
    template_name = "ehrenamtskarte/admin/club_panel.html"
    order = 150

    def __init__(self, engagements):
        self.engagements = engagements

    def get_context_data(self, parent_context):
        return {
            "requests": [
                {"engagement": engagement, "url": organisation_path(engagement)}
                for engagement in self.engagements
            ]
        }


@hooks.register("construct_homepage_panels")
def add_confirmation_requests(request, panels):
    pending = list(
        Engagement.objects.filter(
            club__in=clubs_of(request.user),
            answer=Engagement.Answer.PENDING,
            application__state="clubs",
        ).select_related("application")
    )
    if pending:
        panels.append(ConfirmationRequestsPanel(pending))
