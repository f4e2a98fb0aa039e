from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FeedSource
from .templatetags.crosslisting_tags import imported_listing


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


@hooks.register("opportunity_page_head")
def job_posting_in_head(context, page):
    return render_to_string("crosslisting/opportunity_head.html", context.flatten())


@hooks.register("opportunity_page_contact", order=-1)
def partner_contact(context, page):
    """A partner that takes inquiries only itself claims the contact section from our form."""
    imported = imported_listing(page)
    if imported is None or imported.source.accepts_inquiries:
        return None
    return render_to_string(
        "crosslisting/opportunity_contact.html", {**context.flatten(), "imported": imported}
    )
