"""Test runs: fast hashing, e-mails kept in memory, no manifest for static files."""

from .base import *  # noqa: F403

DEBUG = False
# Demo data and the local admin (seed_demo, create_local_admin) exist only outside production.
INSTALLED_APPS = [*INSTALLED_APPS, "ehrenamt.demo"]  # noqa: F405
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
