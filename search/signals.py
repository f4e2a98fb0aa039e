"""Keeps the Elasticsearch index in step with publishing, unpublishing, moving and deleting."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.opportunities.signals import opportunities_published

from .elastic.index import sync_opportunities, sync_opportunity


@receiver(page_published, sender=OpportunityPage)
@receiver(page_unpublished, sender=OpportunityPage)
@receiver(post_page_move, sender=OpportunityPage)
def opportunity_changed(sender, instance, **kwargs):
    sync_opportunity(instance.pk)


@receiver(post_delete, sender=OpportunityPage)
def opportunity_deleted(sender, instance, **kwargs):
    sync_opportunity(instance.pk)


@receiver(opportunities_published, sender=OpportunityPage)
def opportunities_written(sender, page_ids, **kwargs):
    sync_opportunities(page_ids)
