"""Background tasks (django-tasks) of the operations app."""

from django_tasks import task

from .outbox import deliver_due


@task()
def deliver_mail():
    """Hand queued e-mails to the mail server; failures wait for a later run."""
    sent, failed = deliver_due()
    return {"sent": sent, "failed": failed}
