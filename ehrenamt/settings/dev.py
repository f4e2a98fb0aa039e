"""Local development: e-mails printed to the console; debug on unless DEBUG=0 (as `make run` does)."""

import os

from .base import *  # noqa: F403

# `make run` serves with DEBUG=0 so that visitors see the portal's own 404 and 500 pages;
# `make run DEBUG=1` shows Django's debug pages instead.
DEBUG = env_bool("DEBUG", default=True)  # noqa: F405
# Demo data and the local admin (seed_demo, create_local_admin) exist only outside production.
INSTALLED_APPS = [*INSTALLED_APPS, "ehrenamt.demo"]  # noqa: F405
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# Mail goes through the outbox as in production; the immediate task backend prints it at once.
OUTBOX_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_BACKEND = "ehrenamt.operations.outbox.OutboxBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Uploads from the folder even with DEBUG off: `make run` has no web server in front.
SERVE_MEDIA = True
