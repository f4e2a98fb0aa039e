"""POST data for Wagtail's page editor, as a club's browser sends it (no slug: clubs never see it)."""

import datetime

from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text

from ehrenamt.taxonomy.models import Category
from tests.factories import municipality

EMPTY_COMMENTS = {
    "comments-TOTAL_FORMS": "0",
    "comments-INITIAL_FORMS": "0",
    "comments-MIN_NUM_FORMS": "0",
    "comments-MAX_NUM_FORMS": "1000",
}


def opportunity_form(title="Trainer:in für die Kinderturngruppe", action="action-submit"):
    data = nested_form_data(
        {
            "title": title,
            "summary": "Sie leiten dienstags eine Turnstunde für Kinder.",
            "description": rich_text("<p>Wir suchen Verstärkung.</p>"),
            "tasks": rich_text(""),
            "requirements": rich_text(""),
            "municipality": municipality("bensheim").pk,
            "commitment": "regular",
            "hours_per_week": "2",
            "volunteers_needed": "1",
            "valid_through": (timezone.localdate() + datetime.timedelta(days=90)).isoformat(),
            "last_confirmed": timezone.localdate().isoformat(),
        }
    )
    data["categories"] = [Category.objects.get(slug="sport").pk]
    data.update(EMPTY_COMMENTS)
    data[action] = "1"
    return data
