"""The admin as a club and a town see it: their dashboard, our guide as help, no whole-site reports."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .dashboard import club_dashboard_panels

# First, because it replaces Wagtail's panels; other apps' panels (the card requests) follow it.
hooks.register("construct_homepage_panels", club_dashboard_panels, order=-1)


@hooks.register("insert_global_admin_css")
def portal_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


# Wagtail's help items point to its English guide for web editors.
WAGTAIL_HELP_ITEMS = {"editor-guide"}


@hooks.register("register_help_menu_item")
def register_club_guide():
    return MenuItem(_("Anleitung für Vereine"), reverse("club_guide"), icon_name="help", order=10)


@hooks.register("construct_help_menu")
def drop_wagtail_guide(request, menu_items):
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in WAGTAIL_HELP_ITEMS and not item.name.startswith("whats-new")
    ]


@hooks.register("construct_main_menu")
def hide_whole_site_reports(request, menu_items):
    """Reports list every page and editor; only administrators open them (clubs/admin_scope.py)."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "reports"]
