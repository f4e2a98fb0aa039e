"""The interface every feed format implements, and the checks all records pass."""

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

from .. import traits

MAX_TITLE = 255
# The lengths of the page fields the values end up in (URLField and EmailField defaults).
MAX_URL = 200
MAX_EMAIL = 254
POSTCODE = re.compile(r"\d{5}")
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y")


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
    # crosslisting/traits.py: None where the feed says nothing.
    step_free: bool | None = None
    accessible_wc: bool | None = None
    sign_language: bool | None = None
    easy_language: bool | None = None
    minimum_age: int | None = None
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
    return re.sub(r"\s+", " ", str(value)).strip()


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


def build_record(source_id, values):
    if values.get("problem"):
        raise RecordError(values["problem"])
    text = {
        key: clean_text(value)
        for key, value in values.items()
        if key not in ("categories", "time_slots")
    }
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
    start = parse_date(values.get("start_date"), _("Beginn"))
    end = parse_date(values.get("end_date"), _("Ende"))
    if start and end and end < start:
        raise RecordError(_("Das Ende liegt vor dem Beginn."))
    return Record(
        source_id=source_id[:200],
        title=text["title"],
        organisation=text["organisation"][:200],
        description=text.get("description", ""),
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
        valid_through=parse_date(values.get("valid_through"), _("Gültig bis")),
        url=checked_url(values.get("url")),
        remote=text.get("remote", "").lower() in {"1", "true", "ja", "yes"},
        **traits.read(values),
    )
