from django import template

from ..filters import filter_params
from ..forms import SubscriptionForm

register = template.Library()


@register.inclusion_tag("alerts/form.html", takes_context=True)
def alert_form(context, params=None):
    """The subscription form for the search in `params` (a QueryDict; the request's by default)."""
    request = context["request"]
    query = filter_params(request.GET if params is None else params)
    form = SubscriptionForm(request=request, initial={"query": query})
    return {"form": form, "request": request}
