"""How well a listing fits the finder's answers, and why, in plain German.

The score is transparent and the same for every listing:

    score = 10 x answers met  +  up to 5 for distance  +  up to 3 for freshness

- answers met: each answered question the listing meets (a shared area, a wanted target group,
  a way of helping among its activities, one of the wanted times, the wanted frequency, within the radius or from home,
  every accessibility need stated as met and a minimum age the person has reached);
- distance: 5 x (1 - km / radius) with a place, 5 for a role done from home when that was asked;
- freshness: 3 when the club confirmed or published it within 30 days, 2 within 90, 1 within 180.

One more answer met always outranks distance and freshness together (at most 8 points). Ties go to
the nearer, then the newer listing.
"""

from dataclasses import dataclass, field

from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.translation import gettext as _

from ehrenamt.opportunities.schedule import slot_bit, slots_mask
from search.service import distance_between

from .forms import COMMITMENT_WORDS
from .questions import ACCESSIBILITY, DAYTIMES, WAYS, WEEKDAYS, WITH_WHOM

ANSWER_POINTS = 10
DISTANCE_POINTS = 5
FRESHNESS_POINTS = ((30, 3), (90, 2), (180, 1))
REASON_ORDER = ("when", "where", "with_whom", "areas", "how", "how_often", "needs")
MAX_REASONS = 5


@dataclass
class Fit:
    page: object
    score: float = 0
    distance_km: float | None = None
    reasons: dict = field(default_factory=dict)
    missed: list = field(default_factory=list)

    @property
    def reason_line(self):
        parts = [self.reasons[key] for key in REASON_ORDER if self.reasons.get(key)]
        return _("passt, weil: %(reasons)s") % {"reasons": " · ".join(parts[:MAX_REASONS])}


def _place_name(label):
    """ "64653 Lorsch" -> "Lorsch": a reason names the place, not the postcode."""
    first, _space, rest = label.partition(" ")
    return rest if first.isdigit() and rest else label


def _areas(page, data, search):
    wanted = {term.slug for term in data["category"]}
    shared = [term.name for term in page.categories.all() if term.slug in wanted]
    return bool(shared), ", ".join(shared)


def _with_whom(page, data, search):
    wanted = {term.slug for term in data["target_group"]}
    shared = [
        str(WITH_WHOM.get(term.slug, term.name))
        for term in page.target_groups.all()
        if term.slug in wanted
    ]
    return bool(shared), _(" und ").join(shared[:2])


def _how(page, data, search):
    slugs = {term.slug for term in page.activities.all()}
    ways = [str(WAYS[way][0]) for way in data["way"] if slugs & set(WAYS[way][2])]
    return bool(ways), ", ".join(ways)


def _when(page, data, search):
    """Met when the role takes place at one of the times the search asks for (the same any-of
    weekday x any-of daytime as /suche/); the reason names the shared times: "samstags vormittags"."""
    days = {slot.split("-")[0] for slot in data["time"]}
    times = {slot.split("-")[1] for slot in data["time"]}
    shared = page.time_slots & slots_mask(days, times)
    spoken = []
    for day, _long, adverb in WEEKDAYS:
        daytimes = [str(label) for time, label in DAYTIMES if shared & slot_bit(day, time)]
        if daytimes:
            spoken.append(f"{adverb} {_(' und ').join(daytimes)}")
    return bool(shared), ", ".join(spoken[:2])


def _how_often(page, data, search):
    met = page.commitment == data["commitment"]
    return met, str(COMMITMENT_WORDS[data["commitment"]]) if met else ""


def _where(page, data, search):
    if data["remote"]:
        return page.remote_possible, _("von zu Hause aus") if page.remote_possible else ""
    place = search.cleaned_data["near"]
    distance = distance_between(place, page)
    radius = search.cleaned_data["radius"] or data["radius"]
    if distance is None or distance > radius:
        return False, ""
    if distance < 1:
        return True, _("in %(place)s") % {"place": _place_name(place.label)}
    return True, _("%(km)s km von %(place)s") % {
        "km": floatformat(distance, -1),
        "place": _place_name(place.label),
    }


def _needs(page, data, search):
    reasons = []
    needs_met = all(getattr(page, key) is True for key in data["accessibility"])
    if needs_met:
        labels = {key: label for key, label, _easy in ACCESSIBILITY}
        reasons.extend(str(labels[key]) for key in data["accessibility"])
    age = data["age"]
    age_met = age is None or page.minimum_age is None or page.minimum_age <= age
    if age and age_met and page.minimum_age:
        reasons.append(_("ab %(age)d Jahren") % {"age": page.minimum_age})
    return needs_met and age_met, ", ".join(reasons)


CHECKS = {
    "areas": _areas,
    "with_whom": _with_whom,
    "how": _how,
    "when": _when,
    "how_often": _how_often,
    "where": _where,
    "needs": _needs,
}


def _freshness(page, today):
    dates = [page.last_confirmed]
    if page.first_published_at:
        dates.append(timezone.localtime(page.first_published_at).date())
    age_days = (today - max(date for date in dates if date)).days
    return next((points for days, points in FRESHNESS_POINTS if age_days <= days), 0)


def _distance_points(fit, data, search):
    if data["remote"]:
        return DISTANCE_POINTS if fit.page.remote_possible else 0
    if fit.distance_km is None or not search.cleaned_data.get("near"):
        return 0
    radius = search.cleaned_data["radius"] or data["radius"]
    return DISTANCE_POINTS * max(0.0, 1 - fit.distance_km / radius)


def evaluate(page, form, questions, today=None):
    """The Fit of one listing for the answered `questions` of a valid FinderForm."""
    data, search = form.cleaned_data, form.search
    near = search.cleaned_data.get("near")
    fit = Fit(page=page, distance_km=distance_between(near, page) if near else None)
    met = 0
    for question in questions:
        meets, reason = CHECKS[question.key](page, data, search)
        if meets:
            met += 1
            fit.reasons[question.key] = reason
        elif meets is False:
            fit.missed.append(question)
    fit.score = (
        ANSWER_POINTS * met
        + _distance_points(fit, data, search)
        + _freshness(page, today or timezone.localdate())
    )
    return fit


def ranked(fits):
    far = float("inf")
    return sorted(
        fits,
        key=lambda fit: (
            -fit.score,
            fit.distance_km if fit.distance_km is not None else far,
            -(fit.page.first_published_at.timestamp() if fit.page.first_published_at else 0),
        ),
    )
