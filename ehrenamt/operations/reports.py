"""A Wagtail report in the admin menu: its view, the results view its filters reload, and the menu
item, all open only to the users `allowed` admits; Wagtail sends anyone else to the dashboard."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.functional import cached_property
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet


class ReportViewSet(ViewSet):
    view_class = None  # a wagtail.admin.views.reports.ReportView
    add_to_admin_menu = True

    def allowed(self, user):
        raise NotImplementedError

    def guarded(self, view):
        def guarded_view(request, *args, **kwargs):
            if not self.allowed(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return guarded_view

    def get_urlpatterns(self):
        names = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("results"),
        }
        return [
            path("", self.guarded(self.view_class.as_view(**names)), name="index"),
            path(
                "results/",
                self.guarded(self.view_class.as_view(results_only=True, **names)),
                name="results",
            ),
        ]

    @cached_property
    def menu_item_class(self):
        viewset = self

        class ReportMenuItem(MenuItem):
            def is_shown(self, request):
                return viewset.allowed(request.user)

        return ReportMenuItem
