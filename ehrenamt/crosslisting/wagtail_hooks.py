from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FeedSource


class FeedSourceViewSet(SnippetViewSet):
    model = FeedSource
    icon = "site"
    menu_label = _("Partner-Feeds")
    add_to_admin_menu = True
    # A tick or a cross, not "True"/"False".
    list_display = [
        "name",
        "state",
        "format",
        BooleanColumn("active", label=_("Aktiv")),
        "last_success_at",
        "last_error",
    ]
    list_filter = ["state", "format", "active"]


register_snippet(FeedSourceViewSet)
