from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .access import can_view_statistics
from .views import StatisticsView


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [
        path("statistik/", StatisticsView.as_view(), name="statistics_admin"),
        path(
            "statistik/results/",
            StatisticsView.as_view(results_only=True),
            name="statistics_admin_results",
        ),
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_statistics(request.user)


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Statistik"), reverse("statistics_admin"), icon_name="table", order=230
    )
