"""What someone who is not an administrator sees in the Wagtail admin: only their own part of the tree.

A club's rights sit on its ClubPage, a town's staff hold theirs on their landing page and on the
clubs they approve (see onboarding.py and home/curation.py). Wagtail checks those rights before it
changes anything, but several of its views name pages, people and files before checking, or list
the whole site: choosers, move confirmations, reports, the page-type usage lists. The middleware
and hooks here close those views to everything outside the user's own subtrees, whatever view a
Wagtail upgrade adds: page ids in any admin URL must lie in the user's part of the tree.
"""

from functools import cache, reduce
from operator import or_

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import ObjectList
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

# Admin areas that list the whole site (every page, every editor) and have no per-user filter.
WHOLE_SITE_VIEWS = ("wagtailadmin_reports", "wagtailforms", "wagtailadmin_pages:type_use")
# URL parameters that name a page, in the page views and the page chooser.
PAGE_PARAMETERS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
PAGE_NAMESPACES = ("wagtailadmin_pages", "wagtailadmin_api:pages")


def is_unrestricted(user):
    return user.is_superuser


def own_roots(user):
    """Paths of the pages on which the user's groups hold any right."""
    return list(
        Page.objects.filter(group_permissions__group__user=user)
        .values_list("path", flat=True)
        .distinct()
    )


def own_pages(user):
    """The user's own subtrees and the pages above them, through which the admin navigates."""
    roots = own_roots(user)
    if not roots:
        return Page.objects.none()
    below = reduce(or_, (Q(path__startswith=path) for path in roots))
    above = {path[:end] for path in roots for end in range(Page.steplen, len(path), Page.steplen)}
    return Page.objects.filter(below | Q(path__in=above))


def named_pages(match):
    """The page ids an admin URL names."""
    ids = [match.kwargs[name] for name in PAGE_PARAMETERS if name in match.kwargs]
    if match.namespace in PAGE_NAMESPACES and "pk" in match.kwargs:
        ids.append(match.kwargs["pk"])
    return {int(pk) for pk in ids if str(pk).isdigit()}


class AdminScopeMiddleware:
    """Refuses admin views outside the user's own part of the tree."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated or is_unrestricted(user):
            return None
        if not request.path.startswith("/admin/"):
            return None
        if match.view_name.startswith(WHOLE_SITE_VIEWS):
            raise PermissionDenied
        pages = named_pages(match)
        if pages and own_pages(user).filter(pk__in=pages).count() < len(pages):
            raise PermissionDenied
        if match.url_name == "wagtail_bulk_action":
            request.GET = bulk_ids_in_scope(request, match.kwargs)
        return None


def bulk_ids_in_scope(request, kwargs):
    """The bulk-action request with only the ids of the user's own objects."""
    query = request.GET.copy()
    ids = [pk for pk in query.getlist("id") if pk.isdigit()]
    query.setlist("id", [str(pk) for pk in allowed_ids(request.user, kwargs, ids)])
    return query


def allowed_ids(user, kwargs, ids):
    model = (kwargs.get("app_label"), kwargs.get("model_name"))
    if model == ("wagtailcore", "page"):
        objects = own_pages(user)
    elif model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        objects = choosable(apps.get_model(*model), user)
    else:
        return []
    return objects.filter(pk__in=ids).values_list("pk", flat=True)


def choosable(model, user):
    """The images or documents in collections where the user may choose or change them."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(
        user, ["choose", "change"]
    )


def page_chooser_in_scope(pages, request):
    """The construct_page_chooser_queryset hook: nobody chooses pages outside their part.

    The regional staff, who pin search results for every visitor, choose from the whole region.
    """
    user = request.user
    if is_unrestricted(user) or user.has_perm("wagtailsearchpromotions.add_searchpromotion"):
        return pages
    return pages.filter(pk__in=own_pages(request.user).values("pk"))


class ScopedPageForm(WagtailAdminPageForm):
    """A page form whose image and document fields take only files the user may choose.

    Wagtail's choosers show only those, but the form would take any id; a file already on the page
    stays allowed, so that staff who set one do not lock the club out of saving.
    """

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is None or is_unrestricted(for_user):
            return
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model in (get_image_model(), get_document_model()):
                current = self.initial.get(name)
                field.queryset = model.objects.filter(
                    Q(pk__in=choosable(model, for_user).values("pk")) | Q(pk=current)
                )


@cache
def webmaster_fields():
    """The page fields of Wagtail's own tabs (URL slug, search-engine title, menu, scheduling);
    the editor's own comment-notification switch stays, Wagtail's save reads it."""
    tabs = ObjectList([*Page.promote_panels, *Page.settings_panels]).bind_to_model(Page)
    page_fields = {field.name for field in Page._meta.get_fields()}
    return tuple(name for name in tabs.get_form_options()["fields"] if name in page_fields)


class ClubEditorForm(ScopedPageForm):
    """The form of the pages clubs edit (clubs.models.editor_tabs): only administrators see
    Wagtail's own tabs, so for everyone else their fields are not part of the form. A club's save
    never fails on a field it cannot see, and a new page's slug follows its title (Page.full_clean).
    """

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not is_unrestricted(for_user):
            for name in webmaster_fields():
                self.fields.pop(name, None)
