"""Settings shared by every environment; everything that differs comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


INSTALLED_APPS = [
    "ehrenamt.regions",
    "ehrenamt.taxonomy",
    "ehrenamt.clubs",
    "ehrenamt.opportunities",
    "ehrenamt.inquiries",
    "ehrenamt.statistics",
    "ehrenamt.crosslisting",
    "ehrenamt.ehrenamtskarte",
    "ehrenamt.operations",
    "ehrenamt.publicforms",
    "ehrenamt.alerts",
    "ehrenamt.finder",
    "home",
    "search",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    # The database task backend's tables; its worker (`manage.py db_worker`) runs in production.
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # X-Forwarded-Proto counts only from TRUSTED_PROXIES (ehrenamt/publicforms/proxies.py).
    "ehrenamt.publicforms.proxies.ForwardedProtoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "ehrenamt.operations.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "ehrenamt.operations.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # German unless the browser asks for English or the person chose it with the language switch.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Clubs and town staff see only their own part of the admin (ehrenamt/clubs/admin_scope.py).
    "ehrenamt.clubs.admin_scope.AdminScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "ehrenamt.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "ehrenamt.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Leaflet from npm (package.json, `make install`), served by us; never committed, never a CDN.
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
]
MEDIA_URL = "/media/"
# Serve uploads from MEDIA_ROOT through Django: development only (dev.py); a web server does it
# in production.
SERVE_MEDIA = False
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Which places a staff member curates, for the statistics they see (ehrenamt/statistics/access.py).
STATISTICS_CURATED_PLACES = "home.curation.curated_places"

# Caching: local memory on one machine, Redis when several app servers share one.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # A Redis outage degrades to "nothing cached" (ehrenamt/operations/cache.py), never to errors.
    CACHES = {
        "default": {
            "BACKEND": "ehrenamt.operations.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole pages for anonymous visitors (ehrenamt/operations/pagecache.py): seconds kept here, 0 = off;
# and how long nginx or a CDN may share them (s-maxage).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "10"))
PAGE_CACHE_EXCLUDED_PREFIXES = (
    "/admin/",
    "/mitmachen/",
    "/dokumente/",
    "/healthz",
    "/ehrenamtskarte/antrag/",
    "/ehrenamtskarte/bestaetigung/",
)
# Paths that get the Wagtail admin's relaxed Content-Security-Policy (ehrenamt/operations/headers.py).
SECURITY_ADMIN_PATH_PREFIXES = ("/admin/",)

# The optional map (home/maps.py): tiles load from this server only after the visitor agrees.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "© OpenStreetMap-Mitwirkende")

# Search: Wagtail's database backend (SQLite FTS5 / PostgreSQL full text with the german config).
# Elasticsearch is the opportunity search's scale-out engine, used when ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "german",
    }
}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = os.environ.get("ELASTICSEARCH_INDEX", "ehrenamt-opportunities")
# The district the portal serves first: a place name that fits several places means the one
# nearest to it (regions/places.py).
HOME_DISTRICT = os.environ.get("HOME_DISTRICT", "kreis-bergstrasse")

# Background work: immediate by default (development, tests), the database worker in production
# (production.py: django_tasks_db.DatabaseBackend, run by `manage.py db_worker`).
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Seconds for connecting to the mail server and for each answer it owes (smtplib applies the
# socket timeout to both); a server that accepts and never answers fails the attempt instead of
# hanging the worker.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
# Failed attempts (after 1, 5, 15, 60, then every 240 minutes) before a queued mail is given up
# and shown to staff as undeliverable (ehrenamt/operations/outbox.py).
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "8"))
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Ehrenamt Rhein-Neckar <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where reports of barriers go when the portal settings name no contact address.
ACCESSIBILITY_FEEDBACK_EMAIL = os.environ.get(
    "ACCESSIBILITY_FEEDBACK_EMAIL", "barrierefreiheit@localhost"
)

WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Ehrenamt Rhein-Neckar")
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# Plain ASCII slugs: URLs stay readable when copied into e-mails and printed on flyers.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No autosave: on a new listing it creates a draft that a quick "Einreichen" then doubles, and its
# "Automatisches Speichern ist pausiert" confuses clubs; Wagtail still warns before unsaved changes are left.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Photos lose camera and location metadata on upload (ehrenamt/operations/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "ehrenamt.operations.images.MetadataFreeImageForm"
# mp4/webm: the start page's sign-language video is served from our own document library.
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "txt", "mp4", "webm"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Staff of the municipality get one mail per submission (its approval task's); administrators
# would otherwise get a second, near-identical one for the workflow.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# No avatars from gravatar.com: our Content-Security-Policy blocks them, and they tell a third
# party who works in the admin. Wagtail shows its local default instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Help points to our own guide for clubs (home/wagtail_hooks.py), not to Wagtail's English one.
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Five wrong passwords lock a login name for 15 minutes (ehrenamt/publicforms/login.py).
WAGTAILADMIN_USER_LOGIN_FORM = "ehrenamt.publicforms.login.ThrottledLoginForm"
# Password reset: same answer and cost for known and unknown addresses, mail sent in the
# background, limited per address and IP (ehrenamt/publicforms/password_reset.py).
_RESET_FORM = "ehrenamt.publicforms.password_reset.BackgroundPasswordResetForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = _RESET_FORM

# How long a listing stays valid when a club does not say otherwise.
OPPORTUNITY_VALIDITY_DAYS = int(os.environ.get("OPPORTUNITY_VALIDITY_DAYS", "183"))
# How long a volunteer's inquiry keeps its personal data before it is anonymised.
INQUIRY_RETENTION_DAYS = int(os.environ.get("INQUIRY_RETENTION_DAYS", "180"))
# Where create_local_admin and the demo keep the logins they print (development only).
LOCAL_LOGINS_FILE = Path(
    os.environ.get("LOCAL_LOGINS_FILE", BASE_DIR / "var" / "local-logins.json")
)
# How long the web server keeps its access logs (set the same in the server's log rotation); the
# privacy notice states it.
SERVER_LOG_RETENTION_DAYS = int(os.environ.get("SERVER_LOG_RETENTION_DAYS", "7"))
# Ehrenamts-Card applications are deleted this many days after refusal or expiry of the card.
CARD_APPLICATION_RETENTION_DAYS = int(os.environ.get("CARD_APPLICATION_RETENTION_DAYS", "90"))
# Addresses or networks of the reverse proxies in front of the app (comma-separated): only
# requests from them have their X-Forwarded-For read for rate limits. None by default, so that a
# forged header counts for nothing; production defaults to loopback (nginx on the same host).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "ehrenamt.operations.logformat.JsonFormatter"},
    },
    # LOG_FORMAT=json writes one JSON object per line for log collectors.
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if os.environ.get("LOG_FORMAT") == "json" else "plain",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per background task is noise; failures are still logged.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
