from django import template

from ehrenamt.publicforms.guard import GuardedForm, new_started_token

register = template.Library()


@register.simple_tag
def started_token(form):
    """A bound form keeps the time it was first shown; anywhere else the clock starts now."""
    if isinstance(form, GuardedForm):
        return form.started_token()
    return new_started_token()
