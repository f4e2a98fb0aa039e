"""The scale-out engine: answers from Elasticsearch, or says it is unavailable."""

from django.utils import timezone

from ..query import FACETS, EngineUnavailable, SearchOutcome
from .index import SERVER_ERRORS, client
from .request import build_search


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url, index):
        self.url = url
        self.index = index

    def search(self, query):
        search = build_search(query, self.index, timezone.localdate())
        try:
            response = search.using(client(self.url)).execute()
        except SERVER_ERRORS as error:
            raise EngineUnavailable(str(error)) from error
        aggregations = response.to_dict()["aggregations"] if query.with_facets else {}
        facets = {
            name: facet_counts(aggregations[name]["values"])
            for name in (FACETS if query.with_facets else ())
        }
        return SearchOutcome(
            count=response.hits.total.value,
            ids=[int(hit.meta.id) for hit in response.hits],
            facets=facets,
        )


def facet_counts(aggregation):
    """Slug -> count from a terms aggregation (a list of buckets) or a filters one (keyed)."""
    buckets = aggregation["buckets"]
    if isinstance(buckets, list):
        return {bucket["key"]: bucket["doc_count"] for bucket in buckets}
    return {key: bucket["doc_count"] for key, bucket in buckets.items() if bucket["doc_count"]}
