"""Places in the admin: a snippet list for staff, a chooser with a search for the page editors."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .chooser import PlaceChooserViewSet
from .models import Municipality


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Orte")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "district", "kind", "ags"]
    list_filter = ["district__state", "district"]
    search_fields = ["name", "slug"]
    # The editors' place field: a chooser with a search by name or postcode.
    chooser_viewset_class = PlaceChooserViewSet
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("district"),
        FieldPanel("latitude"),
        FieldPanel("longitude"),
        FieldPanel("ags"),
    ]


register_snippet(MunicipalityViewSet)
