"""The index behind an alias: rebuilt into a fresh index and swapped in, kept in sync per page."""

import logging

from django.conf import settings
from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.helpers import bulk

from ehrenamt.opportunities.models import OpportunityPage

from .document import OpportunityDocument, index_body

logger = logging.getLogger(__name__)
# What a failing server raises: connection trouble, timeouts and error answers.
SERVER_ERRORS = (TransportError, ApiError)
TIMEOUT_SECONDS = 2


def client(url=None):
    return Elasticsearch(
        url or settings.ELASTICSEARCH_URL, request_timeout=TIMEOUT_SECONDS, max_retries=0
    )


def _current_pages():
    return (
        OpportunityPage.objects.current()
        .select_related("club", "municipality__district__state")
        .prefetch_related("categories", "target_groups", "activities")
    )


def _actions(index_name):
    for page in _current_pages().iterator(chunk_size=500):
        document = OpportunityDocument.from_page(page)
        yield {"_index": index_name, "_id": page.pk, "_source": document.to_dict()}


def rebuild_index(alias=None, es=None):
    """Fills a new index, points the alias at it, then drops the indexes it replaced."""
    alias = alias or settings.ELASTICSEARCH_INDEX
    es = es or client()
    new_index = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
    es.indices.create(index=new_index, **index_body())
    indexed, _errors = bulk(es, _actions(new_index), refresh=True)
    previous = list(es.indices.get_alias(name=alias)) if es.indices.exists_alias(name=alias) else []
    actions = [{"remove": {"index": old, "alias": alias}} for old in previous]
    actions.append({"add": {"index": new_index, "alias": alias}})
    es.indices.update_aliases(actions=actions)
    for old in previous:
        es.indices.delete(index=old)
    return new_index, indexed


def sync_opportunity(page_id):
    """Puts a role into the index if it is current, else takes it out; failures only warn."""
    if not settings.ELASTICSEARCH_URL:
        return
    alias = settings.ELASTICSEARCH_INDEX
    try:
        es = client()
        page = _current_pages().filter(pk=page_id).first()
        if page is None:
            es.delete(index=alias, id=page_id, ignore_status=404, refresh=True)
        else:
            document = OpportunityDocument.from_page(page)
            es.index(index=alias, id=page_id, document=document.to_dict(), refresh=True)
    except SERVER_ERRORS as error:
        logger.warning(
            "Search index not updated for opportunity %s (%s); run search_rebuild later.",
            page_id,
            error,
        )


def sync_opportunities(page_ids):
    """sync_opportunity for a batch of pages written in bulk: one request to the server."""
    if not settings.ELASTICSEARCH_URL:
        return
    alias = settings.ELASTICSEARCH_INDEX
    try:
        es = client()
        pages = list(_current_pages().filter(pk__in=page_ids))
        actions = [
            {
                "_index": alias,
                "_id": page.pk,
                "_source": OpportunityDocument.from_page(page).to_dict(),
            }
            for page in pages
        ]
        gone = set(page_ids) - {page.pk for page in pages}
        actions += [{"_op_type": "delete", "_index": alias, "_id": page_id} for page_id in gone]
        # A delete of a document the index never had is no failure; raise_on_error would say so.
        bulk(es, actions, refresh=True, raise_on_error=False)
    except SERVER_ERRORS as error:
        logger.warning(
            "Search index not updated for %d opportunities (%s); run search_rebuild later.",
            len(page_ids),
            error,
        )
