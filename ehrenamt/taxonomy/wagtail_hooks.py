from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Activity, Category, Language, TargetGroup


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class CategoryViewSet(TermViewSet):
    model = Category
    icon = "folder-open-inverse"


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"


class ActivityViewSet(TermViewSet):
    model = Activity
    icon = "pick"


class LanguageViewSet(TermViewSet):
    model = Language
    icon = "globe"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Themen")
    menu_icon = "tag"
    menu_order = 300
    items = [CategoryViewSet, TargetGroupViewSet, ActivityViewSet, LanguageViewSet]


register_snippet(TaxonomyGroup)
