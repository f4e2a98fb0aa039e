"""Approval in the right order: a listing never goes live before its club's page.

A listing links to its club's page, so it must not go live while that page still waits for
approval: approving the listing approves the club with it, by the same member of staff.
"""

from wagtail.signals import task_approved


def approve_club_with_listing(sender, instance, user=None, **kwargs):
    """The task_approved handler: a listing's approval also approves its unapproved club."""
    listing = instance.workflow_state.content_object.specific
    club = getattr(listing, "club", None)
    if club is None or club.live or listing.pk == club.pk:
        return
    pending = club.current_workflow_task_state
    if pending is not None:
        pending.approve(user=user)
        club.refresh_from_db()
    if not club.live and club.latest_revision is not None:
        club.latest_revision.publish(user=user)


def connect():
    task_approved.connect(approve_club_with_listing, dispatch_uid="clubs_approve_club_first")
