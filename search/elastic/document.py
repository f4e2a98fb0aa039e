"""One Elasticsearch document per current opportunity: German text, keyword facets, a geo point."""

from elasticsearch.dsl import Boolean, Date, Document, GeoPoint, Integer, Keyword, Text, analyzer
from wagtail.rich_text import get_text_for_indexing

from ehrenamt.opportunities.accessibility import accessibility_mask, codes_of_mask
from ehrenamt.opportunities.schedule import slot_codes

# German words in any spelling: lower case, then german_normalization folds ä/ae to a, ö/oe to
# o, ü/ue to u and ß to ss (as operations/spelling.py does for the database), then stop words
# and the light German stemmer. "Fussball" and "Fußball", "Baeume" and "Bäume" meet.
GERMAN = analyzer(
    "german_folded",
    tokenizer="standard",
    filter=["lowercase", "german_normalization", "german_stop_words", "german_stemming"],
)
ANALYSIS = {
    "filter": {
        "german_stop_words": {"type": "stop", "stopwords": "_german_"},
        "german_stemming": {"type": "stemmer", "language": "light_german"},
    },
}
# Facet parameter -> keyword field in the document.
FACET_FIELDS = {
    "category": "categories",
    "municipality": "municipality",
    "state": "state",
    "commitment": "commitment",
    "target_group": "target_groups",
}


class OpportunityDocument(Document):
    title = Text(analyzer=GERMAN)
    summary = Text(analyzer=GERMAN)
    body = Text(analyzer=GERMAN)
    club_name = Text(analyzer=GERMAN)
    categories = Keyword()
    target_groups = Keyword()
    activities = Keyword()
    municipality = Keyword()
    district = Keyword()
    state = Keyword()
    commitment = Keyword()
    remote = Boolean()
    location = GeoPoint()
    published_at = Date()
    valid_through = Date()
    # Imported partner listings carry their portal's name; our own have none.
    source = Keyword()
    # Accessibility items stated "yes", and the time slots as "mon-evening".
    accessibility = Keyword()
    time_slots = Keyword()
    minimum_age = Integer()

    @classmethod
    def from_page(cls, page):
        municipality = page.municipality
        body = " ".join(
            get_text_for_indexing(text)
            for text in (
                page.easy_language_summary,
                page.description,
                page.tasks,
                page.requirements,
            )
        )
        location = None
        if page.latitude is not None and page.longitude is not None:
            location = {"lat": page.latitude, "lon": page.longitude}
        return cls(
            meta={"id": page.pk},
            title=page.title,
            summary=page.summary,
            body=body,
            club_name=page.club.title if page.club else "",
            categories=[term.slug for term in page.categories.all()],
            target_groups=[term.slug for term in page.target_groups.all()],
            activities=[term.slug for term in page.activities.all()],
            municipality=municipality.slug,
            district=municipality.district.slug,
            state=municipality.district.state.slug,
            commitment=page.commitment,
            remote=page.remote_possible,
            location=location,
            published_at=page.first_published_at,
            valid_through=page.valid_through,
            source=page.source_name or None,
            accessibility=codes_of_mask(accessibility_mask(page)),
            time_slots=slot_codes(page.time_slots),
            minimum_age=page.minimum_age,
        )


def index_body():
    """Settings and mapping for a new physical index."""
    analysis = GERMAN.get_analysis_definition()
    analysis["filter"] = {**ANALYSIS["filter"], **analysis.get("filter", {})}
    return {
        "settings": {"number_of_shards": 1, "analysis": analysis},
        "mappings": OpportunityDocument._doc_type.mapping.to_dict(),
    }
