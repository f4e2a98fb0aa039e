"""Background tasks (django-tasks) for inquiries: reminders to clubs and the retention period."""

from django_tasks import task

from .notifications import send_reminders
from .retention import erase_expired_inquiries


@task()
def maintain_inquiries():
    """Remind clubs of unanswered inquiries and erase personal data past retention; daily."""
    return {"reminders": send_reminders(), "erased": erase_expired_inquiries()}
