"""Keeps an opportunity's club in step with its place in the page tree; announces bulk writes."""

from django.dispatch import Signal, receiver
from wagtail.signals import post_page_move

from .models import OpportunityPage

# Sent with `page_ids` after opportunities were written in bulk (see bulk.py), which bypasses
# save() and page_published: the search engines re-read those pages in one batch.
opportunities_published = Signal()


@receiver(post_page_move, sender=OpportunityPage)
def follow_new_club(sender, instance, parent_page_after, **kwargs):
    OpportunityPage.objects.filter(pk=instance.pk).update(club_id=parent_page_after.pk)
