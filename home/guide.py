"""The guide for clubs (docs/clubs.md), shown as a page of the site and linked from the admin's help.

The guide is kept as Markdown in the repository, so that it is reviewed with the code it describes.
It uses only headings, paragraphs, lists, bold, italics and links; this small reader handles those.
"""

import re
from functools import cache

from django.conf import settings
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe

GUIDE = settings.BASE_DIR / "docs" / "clubs.md"


def inline(text):
    text = escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    return re.sub(r"\[(.+?)\]\((/[^)\s]*)\)", r'<a href="\2">\1</a>', text)


def to_html(markdown):
    """(title, HTML body) of the guide."""
    title, html = "", []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = [line.strip() for line in block.splitlines()]
        if lines[0].startswith("# "):
            title = lines[0][2:]
        elif lines[0].startswith("## "):
            html.append(f"<h2>{inline(lines[0][3:])}</h2>")
        elif lines[0].startswith("- "):
            items = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:])
                else:
                    items[-1] += " " + line
            html.append("<ul>" + "".join(f"<li>{inline(item)}</li>" for item in items) + "</ul>")
        else:
            html.append(f"<p>{inline(' '.join(lines))}</p>")
    return title, mark_safe("\n".join(html))


@cache
def guide():
    return to_html(GUIDE.read_text(encoding="utf-8"))


def club_guide(request):
    title, body = guide()
    return render(request, "home/guide.html", {"title": title, "body": body})
