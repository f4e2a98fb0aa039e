"""The rules of RFC 4287 (Atom) that the W3C feed validator enforces, as a checker for our tests.

Written from the RFC's element definitions (sections 4.1 and 4.2) and the validator's error
messages (MissingElement, DuplicateElement, InvalidRFC3339Date, InvalidFullLink, MissingSelf,
DuplicateIds, DuplicateAlternate): `atom_problems(payload)` is [] for a valid feed.
"""

import re
from urllib.parse import urlsplit

from defusedxml import ElementTree

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)"
)
TEXT_TYPES = {None, "text", "html", "xhtml"}
FEED_ONCE = {"id", "title", "updated"}
FEED_AT_MOST_ONCE = {"subtitle", "rights", "icon", "logo", "generator"}
ENTRY_ONCE = {"id", "title", "updated"}
ENTRY_AT_MOST_ONCE = {"published", "rights", "summary", "content", "source"}


def absolute_iri(value):
    parts = urlsplit(value or "")
    return bool(parts.scheme) and (parts.scheme == "tag" or bool(parts.netloc))


def children(element, name):
    return element.findall(f"{ATOM}{name}")


def check_counts(element, where, once, at_most_once, found):
    for name in sorted(once):
        count = len(children(element, name))
        if count == 0:
            found.append(f"{where}: missing <{name}>")
        elif count > 1:
            found.append(f"{where}: <{name}> more than once")
    for name in sorted(at_most_once):
        if len(children(element, name)) > 1:
            found.append(f"{where}: <{name}> more than once")


def check_common(element, where, found):
    for child in children(element, "id"):
        if not absolute_iri((child.text or "").strip()):
            found.append(f"{where}: id „{child.text}“ is not an absolute IRI")
    for name in ("updated", "published"):
        for child in children(element, name):
            if not RFC3339.fullmatch((child.text or "").strip()):
                found.append(f"{where}: {name} „{child.text}“ is not an RFC 3339 date-time")
    for name in ("title", "subtitle", "summary", "rights", "content"):
        for child in children(element, name):
            if child.get("type") not in TEXT_TYPES and name != "content":
                found.append(f"{where}: {name} has an unknown type")
    alternates = set()
    for link in children(element, "link"):
        if not absolute_iri(link.get("href")):
            found.append(f"{where}: link href „{link.get('href')}“ is not absolute")
        if link.get("rel", "alternate") == "alternate":
            key = (link.get("type"), link.get("hreflang"))
            if key in alternates:
                found.append(f"{where}: two alternate links of the same type and language")
            alternates.add(key)
    for author in children(element, "author"):
        if len(children(author, "name")) != 1:
            found.append(f"{where}: an author needs exactly one name")


def atom_problems(payload):
    feed = ElementTree.fromstring(payload)
    found = []
    if feed.tag != f"{ATOM}feed":
        return [f"the root element is {feed.tag}, not an Atom feed"]
    check_counts(feed, "feed", FEED_ONCE, FEED_AT_MOST_ONCE, found)
    check_common(feed, "feed", found)
    if not [link for link in children(feed, "link") if link.get("rel") == "self"]:
        found.append("feed: missing link rel=self")
    entries = children(feed, "entry")
    # RFC 4287 4.1.1: authors on the feed unless every entry names its own.
    if not children(feed, "author") and (
        not entries or any(not children(entry, "author") for entry in entries)
    ):
        found.append("feed: missing <author>")
    ids = set()
    for position, entry in enumerate(entries, start=1):
        where = f"entry {position}"
        check_counts(entry, where, ENTRY_ONCE, ENTRY_AT_MOST_ONCE, found)
        check_common(entry, where, found)
        if not children(entry, "content") and not [
            link for link in children(entry, "link") if link.get("rel", "alternate") == "alternate"
        ]:
            found.append(f"{where}: needs content or an alternate link")
        identity = (entry.findtext(f"{ATOM}id") or "").strip()
        if identity in ids:
            found.append(f"{where}: id {identity} is not unique")
        ids.add(identity)
    return found
