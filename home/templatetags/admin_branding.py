"""The admin carries the portal's name and logo (PortalSettings of the site), not Wagtail's bird."""

from django import template
from django.utils.html import format_html
from wagtail.models import Site

from home.portal_settings import PortalSettings

from .portal_tags import portal_name

register = template.Library()
register.simple_tag(takes_context=True)(portal_name)


@register.simple_tag(takes_context=True)
def admin_logo(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    portal = PortalSettings.for_site(site) if site is not None else None
    name = portal_name(context)
    if portal is not None and portal.logo is not None:
        rendition = portal.logo.get_rendition("max-160x160")
        return format_html('<img src="{}" alt="{}" width="40">', rendition.url, name)
    # Without a logo: the portal's initials, so that the sidebar never shows Wagtail's bird.
    initials = "".join(word[0] for word in name.split()[:2] if word[0].isalnum()).upper()
    return format_html('<span class="portal-initials" aria-hidden="true">{}</span>', initials)
