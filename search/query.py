"""What a search asks for and what it answers: the contract both engines share."""

import datetime
from dataclasses import dataclass, field

from ehrenamt.operations.spelling import words
from ehrenamt.opportunities.schedule import slots_mask

DEFAULT_RADIUS_KM = 10
MAX_RADIUS_KM = 200
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
FACETS = (
    "category",
    "municipality",
    "state",
    "commitment",
    "target_group",
    "accessibility",
    "weekday",
    "daytime",
)


class EngineUnavailable(Exception):
    """A search server did not answer; the caller may ask another engine."""


class Sort:
    RELEVANCE = "relevance"
    NEWEST = "newest"
    DISTANCE = "distance"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class Place:
    """The centre of a radius search: a municipality's centroid."""

    latitude: float
    longitude: float
    label: str


@dataclass(frozen=True)
class OpportunityQuery:
    """A validated search request; every filter is an explicit field, never a free dict."""

    text: str = ""
    municipalities: tuple[str, ...] = ()
    district: str = ""
    states: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    commitment: str = ""
    remote: bool = False
    near: Place | None = None
    radius_km: float = DEFAULT_RADIUS_KM
    # Only roles first published after this moment: what a search alert has not yet mailed.
    published_after: datetime.datetime | None = None
    # Facet counts cost most of a search; the alert digests need only the count and the ids.
    with_facets: bool = True
    accessibility: tuple[str, ...] = ()
    age: int | None = None
    weekdays: tuple[str, ...] = ()
    daytimes: tuple[str, ...] = ()
    sort: str = Sort.RELEVANCE
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    @property
    def has_words(self):
        """Whether the text has anything to match: "!!!" or "🎉" has not."""
        return bool(words(self.text))

    @property
    def effective_sort(self):
        """Relevance needs words: without them the nearest roles come first when a place is
        given, else the newest. Distance needs a place: without one, relevance (or newest)."""
        sort = self.sort
        if sort == Sort.DISTANCE and not self.near:
            sort = Sort.RELEVANCE
        if sort == Sort.RELEVANCE and not self.has_words:
            return Sort.DISTANCE if self.near else Sort.NEWEST
        return sort

    @property
    def sort_falls_back(self):
        """A sort was asked for that cannot apply (distance without a place)."""
        return self.sort == Sort.DISTANCE and not self.near

    @property
    def time_slots(self):
        """The slots any of which a role must have; 0 when neither weekday nor daytime is chosen."""
        if not self.weekdays and not self.daytimes:
            return 0
        return slots_mask(self.weekdays, self.daytimes)


@dataclass
class SearchOutcome:
    """What an engine finds: the total, the ids of the requested page in order, facet counts.

    `promoted` holds the ids that staff pinned for the searched words (see search/promotions.py).
    """

    count: int
    ids: list[int]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    promoted: frozenset[int] = frozenset()
