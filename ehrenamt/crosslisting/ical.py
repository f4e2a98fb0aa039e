"""A small iCalendar (RFC 5545) writer for dated roles; all-day events, folded lines."""

import datetime

from django.utils import timezone

PRODUCT_ID = "-//Ehrenamt Rhein-Neckar//Engagement-Termine//DE"


def escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Lines longer than 75 octets continue on the next line after a space; UTF-8 stays whole."""
    encoded, parts = line.encode(), []
    while len(encoded) > 75:
        cut = 75 if not parts else 74
        while cut and (encoded[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(encoded[:cut])
        encoded = encoded[cut:]
    parts.append(encoded)
    return "\r\n ".join(part.decode() for part in parts)


def calendar(events, host, terms):
    """events: (page, url) for pages with a start date; host: the public host for the UIDs;
    terms: the licence, named in the calendar's description (RFC 7986 DESCRIPTION)."""
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    notice = f"Lizenz: {terms['name']} ({terms['url']}). Quelle: {terms['attribution']}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        f"NAME:{escape(terms['attribution'])}",
        f"DESCRIPTION:{escape(notice)}",
    ]
    for page, url in events:
        last_day = page.end_date or page.start_date
        lines += [
            "BEGIN:VEVENT",
            f"UID:opportunity-{page.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{page.start_date:%Y%m%d}",
            # DTEND of an all-day event is exclusive: the day after the last day.
            f"DTEND;VALUE=DATE:{last_day + datetime.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape(page.title)}",
            f"DESCRIPTION:{escape(page.summary)}",
            f"LOCATION:{escape(', '.join(filter(None, [page.street_address, page.municipality.name])))}",
            f"URL:{url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
