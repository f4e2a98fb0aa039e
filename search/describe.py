"""A validated search in words: for feed titles, alert mails and the finder's summary."""

from django.utils.translation import gettext as _

from ehrenamt.opportunities.models import Commitment

from .query import DEFAULT_RADIUS_KM


def describe(form):
    """The filters of a valid search in words, for the mails and the confirmation page."""
    data = form.cleaned_data
    parts = []
    if data.get("q"):
        parts.append(_("„%(words)s“") % {"words": data["q"]})
    for name in ("category", "target_group", "activity", "municipality", "state"):
        parts.extend(str(term.name) for term in data.get(name) or [])
    if data.get("district"):
        parts.append(data["district"].name)
    if data.get("commitment"):
        parts.append(str(Commitment(data["commitment"]).label))
    if data.get("remote") == "1":
        parts.append(_("auch von zu Hause"))
    if data.get("near"):
        parts.append(
            _("%(km)d km um %(place)s")
            % {"km": data.get("radius") or DEFAULT_RADIUS_KM, "place": data["near"].label}
        )
    return parts or [_("alle neuen Angebote")]
