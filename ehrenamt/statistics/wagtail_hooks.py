from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ehrenamt.operations.reports import ReportViewSet

from .access import can_view_statistics
from .views import StatisticsView


class StatisticsViewSet(ReportViewSet):
    name = "statistics_admin"
    url_prefix = "statistik"
    view_class = StatisticsView
    menu_label = _("Statistik")
    icon = "table"
    menu_order = 230

    def allowed(self, user):
        return can_view_statistics(user)


@hooks.register("register_admin_viewset")
def register_statistics():
    return StatisticsViewSet()
