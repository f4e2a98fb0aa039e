"""What a search asks for and what it answers: the contract both engines share."""

from dataclasses import dataclass, field

DEFAULT_RADIUS_KM = 10
MAX_RADIUS_KM = 200
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
FACETS = ("category", "municipality", "state", "commitment", "target_group")


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
    sort: str = Sort.RELEVANCE
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    @property
    def effective_sort(self):
        """Relevance needs words; without them the newest roles come first."""
        if self.sort == Sort.RELEVANCE and not self.text:
            return Sort.NEWEST
        return self.sort


@dataclass
class SearchOutcome:
    """What an engine finds: the total, the ids of the requested page in order, facet counts.

    `promoted` holds the ids that staff pinned for the searched words (see search/promotions.py).
    """

    count: int
    ids: list[int]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    promoted: frozenset[int] = frozenset()
