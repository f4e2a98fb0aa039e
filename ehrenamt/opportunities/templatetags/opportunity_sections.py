"""Sections of the opportunity page that apps above opportunities fill in through Wagtail hooks.

The page knows where its head data and its contact section go, not what fills them: crosslisting
adds the JobPosting JSON-LD and the partner's own contact, inquiries the inquiry form. A hook
`opportunity_page_<section>` takes the template context and the page and answers HTML or None;
the first answer wins, so a hook registered with a lower `order` can claim the section.
"""

from django import template
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def opportunity_section(context, section):
    for fill in hooks.get_hooks(f"opportunity_page_{section}"):
        html = fill(context, context["page"])
        if html is not None:
            return mark_safe(html)
    return ""
