"""Local development: debug on, e-mails printed to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
# Demo data and the local admin (seed_demo, create_local_admin) exist only outside production.
INSTALLED_APPS = [*INSTALLED_APPS, "ehrenamt.demo"]  # noqa: F405
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
