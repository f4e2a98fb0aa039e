from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FeedSource


class FeedSourceViewSet(SnippetViewSet):
    model = FeedSource
    icon = "site"
    menu_label = _("Partner-Feeds")
    add_to_admin_menu = True
    list_display = ["name", "state", "format", "active", "last_success_at", "last_error"]
    list_filter = ["state", "format", "active"]


register_snippet(FeedSourceViewSet)
