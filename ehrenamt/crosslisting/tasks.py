"""Background task (django-tasks): import the partner feeds; scheduled once a night."""

from django_tasks import task

from .runner import import_all


@task()
def import_feeds():
    reports = import_all()
    return {report.source: report.error or "ok" for report in reports}
