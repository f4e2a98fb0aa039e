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
        facets = {
            name: {
                bucket.key: bucket.doc_count
                for bucket in response.aggregations[name]["values"].buckets
            }
            for name in FACETS
        }
        return SearchOutcome(
            count=response.hits.total.value,
            ids=[int(hit.meta.id) for hit in response.hits],
            facets=facets,
        )
