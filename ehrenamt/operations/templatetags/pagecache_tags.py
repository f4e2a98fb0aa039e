from django import template
from django.utils.safestring import mark_safe

from ehrenamt.operations.pagecache import per_visitor_region

register = template.Library()


@register.simple_tag(takes_context=True)
def per_visitor(context, template_name):
    """Renders template_name in place; the page cache renders it afresh for every visitor."""
    html = context.template.engine.get_template(template_name).render(context)
    return mark_safe(per_visitor_region(template_name, html))
