"""Background tasks (django-tasks) for keeping listings fresh."""

from django_tasks import task

from . import freshness


@task()
def check_freshness():
    """Send expiry reminders and unpublish expired listings; run once a day."""
    return freshness.run()
