from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .cachetags import tags_of_page
from .mail_admin import OutgoingMailViewSet, ReadOnlyPolicy
from .models import OutgoingMail

register_permission_policy(OutgoingMail, ReadOnlyPolicy(OutgoingMail), exact_class=True)


@hooks.register("register_admin_viewset")
def register_outgoing_mail():
    return OutgoingMailViewSet("outgoing_mail")


@hooks.register("before_serve_page")
def note_page_cache_tags(page, request, serve_args, serve_kwargs):
    """The page cache keeps a page under the tags of its place in the tree (cachetags.py)."""
    request.page_cache_tags = tags_of_page(page)
