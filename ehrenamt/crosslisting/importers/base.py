"""The interface every feed format implements, and the checks all records pass."""

import datetime
import decimal
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import traits

MAX_TITLE = 255
# The lengths of the page fields the values end up in (URLField and EmailField defaults).
MAX_URL = 200
MAX_EMAIL = 254
POSTCODE = re.compile(r"\d{5}")
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y")
YES = {"1", "true", "ja", "yes", "y", "x"}
WHITESPACE = re.compile(r"\s+")
# Field names in error messages; lazy, so that a good record costs no translation lookup.
LABELS = {
    "start_date": gettext_lazy("Beginn"),
    "end_date": gettext_lazy("Ende"),
    "valid_through": gettext_lazy("Gültig bis"),
    "hours_per_week": gettext_lazy("Stunden pro Woche"),
    "minimum_age": gettext_lazy("Mindestalter"),
    "volunteers_needed": gettext_lazy("Gesuchte Freiwillige"),
}
# Our commitment codes and the words partners write for them.
COMMITMENTS = {
    "one_off": "one_off",
    "einmalig": "one_off",
    "regular": "regular",
    "regelmassig": "regular",
    "regelmäßig": "regular",
    "flexible": "flexible",
    "flexibel": "flexible",
}
# Accessibility of the place: the page's field, the German label our exports write, and further
# words partners use for it.
ACCESSIBILITY = {
    "step_free": ("Stufenlos erreichbar", "stufenlos", "rollstuhlgerecht"),
    "accessible_wc": ("Barrierefreies WC", "rollstuhlgerechtes wc"),
    "sign_language": ("Verständigung in Gebärdensprache möglich", "gebärdensprache"),
    "easy_language": ("Einarbeitung in Leichter Sprache", "leichte sprache"),
}
ACCESSIBILITY_WORDS = {
    word.lower(): key for key, words in ACCESSIBILITY.items() for word in (key, *words)
}


class FeedError(Exception):
    """The whole feed is unusable (not reachable, not parseable); its last good state stays."""


class RecordError(ValueError):
    """One record is unusable; the others still count."""


@dataclass
class Record:
    """A partner's listing in our terms, before places and categories are matched."""

    source_id: str
    title: str
    organisation: str
    description: str = ""
    summary: str = ""
    street_address: str = ""
    postcode: str = ""
    town: str = ""
    categories: list[str] = field(default_factory=list)
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    valid_through: datetime.date | None = None
    url: str = ""
    remote: bool = False
    # Empty: the importer infers the commitment from dates and hours (see writing.commitment_of).
    commitment: str = ""
    hours_per_week: decimal.Decimal | None = None
    minimum_age: int | None = None
    volunteers_needed: int | None = None
    target_groups: list[str] = field(default_factory=list)
    # crosslisting/traits.py: None where the feed says nothing.
    step_free: bool | None = None
    accessible_wc: bool | None = None
    sign_language: bool | None = None
    easy_language: bool | None = None
    time_slots: int = 0


@dataclass
class Rejection:
    source_id: str
    reason: str


class Importer:
    """Reads one feed format. `read(load)` yields a Record or a Rejection per entry.

    `load(url=None)` returns the bytes of the feed itself (url None) or of a further page; it raises
    FeedError when the partner does not answer. Subclasses set `format` and implement `entries`,
    which yields (source_id, mapping of our field names to raw values) or raises FeedError.
    """

    format = ""

    def read(self, load):
        for position, (source_id, values) in enumerate(self.entries(load), start=1):
            source_id = clean_text(source_id) or _("Eintrag %(n)d") % {"n": position}
            try:
                yield build_record(source_id, values)
            except RecordError as error:
                yield Rejection(source_id, str(error))

    def entries(self, load):
        raise NotImplementedError


def clean_text(value):
    if value is None:
        return ""
    return WHITESPACE.sub(" ", str(value)).strip()


def clean_paragraphs(value):
    """Whitespace tidied within each line; lines stay paragraphs, separated by a blank line."""
    lines = (clean_text(line) for line in str(value or "").splitlines())
    return "\n\n".join(line for line in lines if line)


def parse_date(value, label):
    value = clean_text(value)
    if not value:
        return None
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value[:10], date_format).date()
        except ValueError:
            continue
    raise RecordError(
        _("%(label)s „%(value)s“ ist kein Datum.") % {"label": label, "value": value[:40]}
    )


def parse_number(value, label, kind=int, low=0, high=999):
    value = clean_text(value).replace(",", ".")
    if not value:
        return None
    try:
        number = kind(value)
        in_range = low <= number <= high
    except (ValueError, ArithmeticError):
        in_range = False
    if not in_range:
        raise RecordError(
            _("%(label)s „%(value)s“ ist keine Zahl von %(low)s bis %(high)s.")
            % {"label": label, "value": value[:20], "low": low, "high": high}
        )
    return number


def parse_hours(value):
    hours = parse_number(value, LABELS["hours_per_week"], decimal.Decimal, 0, 168)
    # Our pages keep one decimal place.
    return None if hours is None else hours.quantize(decimal.Decimal("0.1"))


def parse_commitment(value):
    value = clean_text(value).lower()
    if not value:
        return ""
    if value not in COMMITMENTS:
        raise RecordError(
            _("Der zeitliche Rahmen „%(value)s“ ist unbekannt (einmalig, regelmäßig, flexibel).")
            % {"value": value[:30]}
        )
    return COMMITMENTS[value]


def stated_traits(values):
    """Accessibility, minimum age and times as the feed states them (crosslisting/traits.py).

    Features named in a feed's accessibility list (FPXML audience tags, our CSV's
    "Barrierefreiheit") count as stated "yes"; the rest stays as the feed's own fields say.
    """
    found = traits.read(values)
    found["minimum_age"] = parse_number(
        values.get("minimum_age"), LABELS["minimum_age"], int, 0, 99
    )
    for key in parse_accessibility(values.get("accessibility") or ""):
        found[key] = True
    return found


def parse_accessibility(value):
    keys = []
    for word in split_categories(value):
        key = ACCESSIBILITY_WORDS.get(word.lower())
        if key and key not in keys:
            keys.append(key)
    return keys


def is_yes(value):
    return clean_text(value).lower() in YES


def split_categories(value):
    if isinstance(value, list | tuple):
        return [clean_text(item) for item in value if clean_text(item)]
    return [part.strip() for part in re.split(r"[,;|]", clean_text(value)) if part.strip()]


def checked_email(value):
    value = clean_text(value)
    if len(value) > MAX_EMAIL:
        return ""
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value


def checked_url(value):
    value = clean_text(value)
    if len(value) > MAX_URL:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return ""
    return value


LISTS = {"categories", "target_groups", "accessibility", "time_slots"}


def build_record(source_id, values):
    if values.get("problem"):
        raise RecordError(values["problem"])
    text = {key: clean_text(value) for key, value in values.items() if key not in LISTS}
    if not text.get("title"):
        raise RecordError(_("Der Titel fehlt."))
    if len(text["title"]) > MAX_TITLE:
        raise RecordError(_("Der Titel ist länger als 255 Zeichen."))
    if not text.get("organisation"):
        raise RecordError(_("Die Organisation fehlt."))
    if not text.get("postcode") and not text.get("town"):
        raise RecordError(_("Ort und Postleitzahl fehlen."))
    if text.get("postcode") and not POSTCODE.fullmatch(text["postcode"]):
        raise RecordError(
            _("Die Postleitzahl „%(postcode)s“ hat nicht fünf Ziffern.")
            % {"postcode": text["postcode"][:20]}
        )
    start = parse_date(values.get("start_date"), LABELS["start_date"])
    end = parse_date(values.get("end_date"), LABELS["end_date"])
    if start and end and end < start:
        raise RecordError(_("Das Ende liegt vor dem Beginn."))
    commitment = parse_commitment(values.get("commitment"))
    if commitment == "one_off" and not start:
        raise RecordError(_("Für einen einmaligen Einsatz fehlt das Datum."))
    return Record(
        source_id=source_id[:200],
        title=text["title"],
        organisation=text["organisation"][:200],
        description=clean_paragraphs(values.get("description")),
        summary=text.get("summary", ""),
        street_address=text.get("street_address", "")[:200],
        postcode=text.get("postcode", ""),
        town=text.get("town", ""),
        categories=split_categories(values.get("categories") or ""),
        contact_name=text.get("contact_name", "")[:150],
        contact_email=checked_email(values.get("contact_email")),
        contact_phone=text.get("contact_phone", "")[:40],
        start_date=start,
        end_date=end,
        valid_through=parse_date(values.get("valid_through"), LABELS["valid_through"]),
        url=checked_url(values.get("url")),
        remote=is_yes(values.get("remote")),
        commitment=commitment,
        hours_per_week=parse_hours(values.get("hours_per_week")),
        volunteers_needed=parse_number(
            values.get("volunteers_needed"), LABELS["volunteers_needed"], int, 1, 9999
        ),
        target_groups=split_categories(values.get("target_groups") or ""),
        **stated_traits(values),
    )
