"""The daily job of search alerts: delete what is stale, then send the digests that are due."""

from django_tasks import task

from .digest import send_digests
from .retention import delete_stale_subscriptions


@task()
def send_search_alerts():
    return {"deleted": delete_stale_subscriptions(), "sent": send_digests()}
