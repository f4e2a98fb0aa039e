from django.template.loader import render_to_string
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import InquiryPermissionPolicy, InquiryViewSet, ResponseTimesViewSet
from .models import Inquiry

register_permission_policy(Inquiry, InquiryPermissionPolicy(Inquiry))


@hooks.register("register_admin_viewset")
def register_inquiries():
    return [InquiryViewSet(), ResponseTimesViewSet()]


@hooks.register("opportunity_page_contact")
def inquiry_link(context, page):
    return render_to_string(
        "inquiries/inquiry_link.html", {**context.flatten(), "opportunity": page}
    )
