"""The database engine's search table: one narrow row per current opportunity.

Everything a search filters, counts or sorts by sits in this one row, so a search reads one table
instead of joining the page tree, the opportunity table and the taxonomy links. Places and terms
are stored as slugs: facet counts come out of the table as the slugs the API answers with. The
rows are kept in step by search/entries.py.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from ehrenamt.opportunities.models import OpportunityPage

TERM_SEPARATOR = ","
# The values the facets count by; search/entries.py gives each distinct combination one row.
FACET_COLUMNS = ("municipality", "state", "commitment", "categories", "target_groups")


class SearchCombination(models.Model):
    """One distinct combination of facet values. Search rows point to theirs, so that counting
    the facets groups the matching rows by one integer and evaluates the selected filters once
    per combination, not once per row (a few thousand combinations for 100,000 roles)."""

    key = models.TextField(unique=True)
    municipality = models.SlugField(db_index=False)
    state = models.SlugField(db_index=False)
    commitment = models.CharField(max_length=20)
    categories = models.TextField()
    target_groups = models.TextField()

    def __str__(self):
        return self.key


class SearchEntry(models.Model):
    page = models.OneToOneField(
        OpportunityPage, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    published_at = models.DateTimeField(null=True)
    # Rows stay until the page changes; searches also compare this with today, so a role is
    # never shown after its date even when nothing touched its row.
    valid_through = models.DateField()
    municipality = models.SlugField(db_index=False)
    district = models.SlugField(db_index=False)
    state = models.SlugField(db_index=False)
    commitment = models.CharField(max_length=20)
    remote = models.BooleanField()
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    # Term slugs between separators (",bildung,sport,"): "has this term" is one LIKE, and the
    # distinct combinations are few enough to count facets by grouping on the column.
    categories = models.TextField()
    target_groups = models.TextField()
    activities = models.TextField()
    # Bits of the accessibility items stated "yes" (opportunities/accessibility.py), the
    # weekday-by-daytime slots (opportunities/schedule.py) and the minimum age, for the filters.
    accessibility = models.PositiveSmallIntegerField(default=0)
    time_slots = models.PositiveIntegerField(default=0)
    minimum_age = models.PositiveSmallIntegerField(null=True)
    combination = models.ForeignKey(
        SearchCombination, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    # PostgreSQL only (engines/text.py): the words, title weighted A and the rest B, with a GIN
    # index (migration 0002). On SQLite the column stays empty and FTS5 matches the words.
    document = SearchVectorField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["-published_at", "-page"], name="search_entry_newest"),
            models.Index(fields=["valid_through", "page"], name="search_entry_deadline"),
            models.Index(fields=["latitude", "longitude"], name="search_entry_location"),
            # Everything that counting facets of the empty and the radius search reads: the
            # database answers those from this index alone, without visiting the wide rows.
            models.Index(
                fields=[
                    "valid_through",
                    "combination",
                    "latitude",
                    "longitude",
                    "page",
                    "accessibility",
                    "time_slots",
                    "minimum_age",
                ],
                name="search_entry_counting",
            ),
            models.Index(fields=["municipality", "commitment"], name="search_entry_place"),
        ]

    def __str__(self):
        return f"SearchEntry({self.page_id})"


class SearchWord(models.Model):
    """A word of the listings' titles, summaries and terms, as written, for "Meinten Sie …?".

    Words are added as listings are written; `rebuild_entries()` also drops the ones no current
    listing uses any more. A suggestion is only offered when it finds something.
    """

    word = models.CharField(max_length=60, primary_key=True)

    def __str__(self):
        return self.word


def combination_key(values):
    return "|".join(values)


def joined_terms(slugs):
    """ ",a,b,": a term is present when the column contains ",slug,"."""
    return TERM_SEPARATOR + TERM_SEPARATOR.join(sorted(slugs)) + TERM_SEPARATOR if slugs else ""


def split_terms(joined):
    return [slug for slug in joined.split(TERM_SEPARATOR) if slug]
