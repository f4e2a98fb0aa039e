from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .access import can_oversee
from .admin_views import InquiryPermissionPolicy, InquiryViewSet, ResponseTimesView
from .models import Inquiry

register_permission_policy(Inquiry, InquiryPermissionPolicy(Inquiry))


@hooks.register("register_admin_viewset")
def register_inquiries():
    return InquiryViewSet()


@hooks.register("register_admin_urls")
def register_overview_urls():
    return [
        path("anfragen/uebersicht/", ResponseTimesView.as_view(), name="inquiries_overview"),
        path(
            "anfragen/uebersicht/results/",
            ResponseTimesView.as_view(results_only=True),
            name="inquiries_overview_results",
        ),
    ]


class OverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_oversee(request.user)


@hooks.register("register_admin_menu_item")
def register_overview_menu_item():
    return OverviewMenuItem(
        _("Antwortzeiten der Vereine"),
        reverse("inquiries_overview"),
        icon_name="time",
        order=220,
    )


@hooks.register("opportunity_page_contact")
def inquiry_link(context, page):
    return render_to_string(
        "inquiries/inquiry_link.html", {**context.flatten(), "opportunity": page}
    )
