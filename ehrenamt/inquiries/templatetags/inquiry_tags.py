from django import template

from ehrenamt.inquiries.forms import InquiryForm

register = template.Library()


@register.simple_tag(takes_context=True)
def empty_inquiry_form(context):
    """A fresh inquiry form for an opportunity page; the page itself never handles the POST."""
    return InquiryForm(request=context.get("request"))
