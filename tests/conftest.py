import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Collection, Locale, Page

from ehrenamt.ehrenamtskarte.reference import load_authorities
from ehrenamt.publicforms import guard
from ehrenamt.regions.models import State
from ehrenamt.regions.reference import load_reference_data
from ehrenamt.taxonomy.defaults import add_english_names, load_defaults
from home.site_tree import ensure_site_tree


def restore_migrated_data():
    """Put back what the migrations seed, after a transactional test flushed the database.

    Live-server (browser) tests flush everything when they end, and Django's serialized rollback
    does not survive the live server's shared in-memory SQLite connection.
    """
    load_reference_data(apps)
    load_defaults(apps)
    add_english_names(apps)
    load_authorities(apps)
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", live=True))


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: it outlives the test's database, and an entry kept
    from an earlier test (a rendition, a rate-limit count, a page) would name rows that are gone.
    The same goes for the per-process store the form limits fall back to when Redis is down."""
    cache.clear()
    guard._process_local.clear()


@pytest.fixture(autouse=True)
def migrated_data(request, django_db_blocker):
    uses_database = request.node.get_closest_marker("django_db") or {
        "db",
        "transactional_db",
        "live_server",
    } & set(request.fixturenames)
    if uses_database:
        with django_db_blocker.unblock():
            if not State.objects.exists():
                restore_migrated_data()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded and generated images, and the printed local logins, go to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LOCAL_LOGINS_FILE = tmp_path / "local-logins.json"


@pytest.fixture
def home_page(db):
    return ensure_site_tree()
