"""A small portal for the browser tests: a club and its opportunity in Viernheim, an initiative."""

import datetime

from django.utils import timezone

from ehrenamt.opportunities.schedule import slots_mask
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category
from home.models import InitiativeIndexPage, InitiativeOpportunity, InitiativePage
from tests.factories import ClubPageFactory, OpportunityPageFactory


def build_portal():
    """Pages every public page type needs, with enough content for facets and lists."""
    viernheim = Municipality.objects.get(slug="viernheim")
    club = ClubPageFactory(
        title="Tafel Viernheim e.V.",
        municipality=viernheim,
        postcode="68519",
        street_address="Rathausstraße 1",
        categories=[Category.objects.get(slug="soziales")],
    )
    reading = OpportunityPageFactory(
        parent=club,
        title="Lesepat:in für Grundschulkinder",
        summary="Sie lesen einmal pro Woche mit Kindern.",
        easy_language_summary="Sie lesen Kindern Bücher vor.\nDas ist einmal in der Woche.",
        postcode="68519",
        time_slots=slots_mask(["sat"], ["morning"]),
    )
    OpportunityPageFactory(
        parent=club,
        title="Fahrer:in für die Tafel",
        summary="Sie holen Lebensmittel bei Supermärkten ab.",
        categories=[Category.objects.get(slug="umwelt-naturschutz")],
        postcode="68519",
    )
    OpportunityPageFactory(
        title="Lesecafé im Seniorenheim Bensheim",
        summary="Sie lesen Senior:innen aus der Zeitung vor.",
    )
    initiative = InitiativeIndexPage.objects.get().add_child(
        instance=InitiativePage(
            title="Ehrenamtstag 2025",
            slug="ehrenamtstag",
            summary="Ein Tag, an dem alle Vereine sich vorstellen.",
            body="<p>Kommen Sie vorbei und lernen Sie die Vereine kennen.</p>",
            starts_on=timezone.localdate() - datetime.timedelta(days=1),
        )
    )
    InitiativeOpportunity.objects.create(page=initiative, opportunity=reading)
    return {"club": club, "opportunity": reading, "initiative": initiative}
