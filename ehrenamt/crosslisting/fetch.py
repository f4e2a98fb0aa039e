"""Fetches a feed's bytes from its URL or its uploaded file, with a time and size limit."""

import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.utils.translation import gettext as _

from .importers import FeedError

DEFAULT_TIMEOUT = 10
MAX_BYTES = 100 * 1024 * 1024
USER_AGENT = "Ehrenamt-Rhein-Neckar-Import/1.0"


def timeout_seconds():
    return getattr(settings, "CROSSLISTING_TIMEOUT", DEFAULT_TIMEOUT)


def loader_for(source):
    """The `load(url=None)` an importer calls: the source itself, or a further page of it."""

    def load(url=None):
        if url is None and source.file:
            return read_file(source)
        target = url or source.url
        if url:
            # Further pages must stay on the partner's own server.
            target = urllib.parse.urljoin(source.url, url)
            if urllib.parse.urlsplit(target).netloc != urllib.parse.urlsplit(source.url).netloc:
                raise FeedError(_("Die nächste Seite liegt auf einem fremden Server."))
        return download(target)

    return load


def read_file(source):
    try:
        with source.file.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise FeedError(
            _("Die Datei lässt sich nicht lesen: %(error)s") % {"error": error}
        ) from error


def download(url):
    if urllib.parse.urlsplit(url).scheme not in {"http", "https"}:
        raise FeedError(_("Nur http- und https-Adressen sind erlaubt."))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout_seconds()) as response:  # noqa: S310
            payload = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise FeedError(
            _("Der Partner antwortet mit Fehler %(status)d.") % {"status": error.code}
        ) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FeedError(
            _("Der Partner ist nicht erreichbar: %(reason)s") % {"reason": reason}
        ) from error
    if len(payload) > MAX_BYTES:
        raise FeedError(_("Der Feed ist größer als 100 MB."))
    return payload
