"""Keeps an opportunity's club in step with its place in the page tree."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import OpportunityPage


@receiver(post_page_move, sender=OpportunityPage)
def follow_new_club(sender, instance, parent_page_after, **kwargs):
    OpportunityPage.objects.filter(pk=instance.pk).update(club_id=parent_page_after.pk)
