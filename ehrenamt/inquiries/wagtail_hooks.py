from django.template.loader import render_to_string
from wagtail import hooks

from .admin_views import InquiryViewSet, ResponseTimesViewSet


@hooks.register("register_admin_viewset")
def register_inquiries():
    return [InquiryViewSet(), ResponseTimesViewSet()]


@hooks.register("opportunity_page_contact")
def inquiry_link(context, page):
    return render_to_string(
        "inquiries/inquiry_link.html", {**context.flatten(), "opportunity": page}
    )
