"""Background task (django-tasks) for the Ehrenamts-Card's daily work."""

from django_tasks import task

from .jobs import run_daily


@task()
def maintain_card_applications():
    return run_daily()
