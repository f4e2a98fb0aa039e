"""Keeps the search table and the Elasticsearch index in step with the opportunity pages.

Publishing, unpublishing, moving, deleting and bulk writes (pages_written_in_bulk) re-read the
pages. A plain save() also touches the search table: pages created in code (add_child) are live
without a publish signal, and confirming a role saves its new date with update_fields.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from ehrenamt.operations.signals import pages_written_in_bulk
from ehrenamt.opportunities.models import OpportunityPage

from .elastic.index import sync_opportunities, sync_opportunity
from .entries import sync_instance, sync_loaded, sync_pages

# Page fields the search table copies; a save of other fields alone (a draft) leaves it alone.
ENTRY_FIELDS = {
    "live",
    "filled",
    "valid_through",
    "first_published_at",
    "municipality",
    "commitment",
    "remote_possible",
    "latitude",
    "longitude",
}


@receiver(page_published, sender=OpportunityPage)
@receiver(page_unpublished, sender=OpportunityPage)
@receiver(post_page_move, sender=OpportunityPage)
def opportunity_changed(sender, instance, **kwargs):
    sync_pages([instance.pk])
    sync_opportunity(instance.pk)


@receiver(post_save, sender=OpportunityPage)
def opportunity_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is None:
        sync_instance(instance)
    elif ENTRY_FIELDS.intersection(update_fields):
        sync_pages([instance.pk])


@receiver(post_delete, sender=OpportunityPage)
def opportunity_deleted(sender, instance, **kwargs):
    sync_pages([instance.pk])
    sync_opportunity(instance.pk)


@receiver(pages_written_in_bulk, sender=OpportunityPage)
def opportunities_written(sender, page_ids, pages, **kwargs):
    sync_loaded(page_ids, pages)
    sync_opportunities(page_ids)
