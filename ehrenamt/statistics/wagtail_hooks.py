from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .access import can_view_statistics

admin_urlpatterns = [
    path("", views.index, name="index"),
    path("export.csv", views.export_csv, name="csv"),
    path("export.xlsx", views.export_xlsx, name="xlsx"),
]


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [path("statistik/", include((admin_urlpatterns, "statistics_admin")))]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_statistics(request.user)


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Statistik"), reverse("statistics_admin:index"), icon_name="table", order=230
    )
