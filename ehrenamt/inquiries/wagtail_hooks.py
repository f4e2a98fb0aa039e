from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .access import can_oversee, can_read_inquiries

admin_urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:pk>/", admin_views.detail, name="detail"),
    path("<int:pk>/beantwortet/", admin_views.mark_answered, name="mark_answered"),
    path("uebersicht/", admin_views.overview, name="overview"),
]


@hooks.register("register_admin_urls")
def register_inquiry_urls():
    return [path("anfragen/", include((admin_urlpatterns, "inquiries_admin")))]


class InquiriesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_inquiries(request.user)


class OverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_oversee(request.user)


@hooks.register("register_admin_menu_item")
def register_inquiries_menu_item():
    return InquiriesMenuItem(
        _("Anfragen"), reverse("inquiries_admin:index"), icon_name="mail", order=210
    )


@hooks.register("register_admin_menu_item")
def register_overview_menu_item():
    return OverviewMenuItem(
        _("Antwortzeiten der Vereine"),
        reverse("inquiries_admin:overview"),
        icon_name="time",
        order=220,
    )


@hooks.register("opportunity_page_contact")
def inquiry_link(context, page):
    return render_to_string(
        "inquiries/inquiry_link.html", {**context.flatten(), "opportunity": page}
    )
