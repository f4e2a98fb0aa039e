"""Small helpers for the public templates: the portal's name and the current navigation item."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_name(context):
    """The Wagtail site's name, so another municipality renames the portal without code.

    Without a request (the 500 page) the database is not touched: the settings' name is used.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and site.site_name:
        return site.site_name
    return settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def nav_current(context, url):
    """aria-current for a navigation link: "page" on that page, "true" anywhere below it."""
    request = context.get("request")
    if request is None:
        return ""
    if request.path == url:
        return format_html('aria-current="{}"', "page")
    if url != "/" and request.path.startswith(url):
        return format_html('aria-current="{}"', "true")
    return ""


@register.simple_tag
def page_numbers(page_obj):
    """The page numbers around the current one, with gaps, for a list's pagination."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)


@register.filter
def plural_number(value):
    """The whole number a plural rule needs: 1 for exactly one, else a number that is not 1.

    Hours per week may be 1.5 or 0.5; in German and English only exactly one takes the singular.
    """
    return 1 if value == 1 else 2


@register.simple_tag
def content_lang():
    """lang="de" for content in the portal's language while the interface speaks another (WCAG 3.1.2).

    Clubs write their pages in German; in the English interface screen readers must read them so.
    """
    content = settings.LANGUAGE_CODE
    if (get_language() or content).split("-")[0] == content:
        return ""
    return format_html(' lang="{}"', content)
