"""The nightly jobs: each app registers its own in AppConfig.ready(), `manage.py daily_jobs` runs them.

Operations knows no feature app; the order is the order of registration, except that jobs which
talk to other servers (partner feeds) are registered as `late` so that they never hold up the rest.
"""

_daily_jobs = []


def register_daily_job(task, *, late=False):
    """Add a django-tasks task to the nightly run; registering the same task twice adds it once."""
    if all(existing is not task for existing, _late in _daily_jobs):
        _daily_jobs.append((task, late))


def daily_jobs():
    return [task for task, late in _daily_jobs if not late] + [
        task for task, late in _daily_jobs if late
    ]
