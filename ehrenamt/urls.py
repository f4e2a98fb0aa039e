import re

from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from ehrenamt.publicforms.password_reset import BackgroundPasswordResetView
from home.maps import map_consent
from home.robots import robots_txt

# A database outage answers 503 with a plain page instead of the generic error.
handler500 = "ehrenamt.operations.errors.server_error"

urlpatterns = [
    path("", include("ehrenamt.operations.urls")),
    # Before Wagtail's own: the reset mail is sent in the background, rate limited.
    path(
        "admin/password_reset/",
        BackgroundPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("mitmachen/", include("ehrenamt.clubs.urls")),
    path("mitmachen/", include("ehrenamt.inquiries.urls")),
    path("mitmachen/", include("ehrenamt.opportunities.urls")),
    path("mitmachen/", include("home.urls")),
    path("", include("search.urls")),
    path("opendata/", include("ehrenamt.crosslisting.urls")),
    path("benachrichtigungen/", include("ehrenamt.alerts.urls")),
    path("engagement-finder/", include("ehrenamt.finder.urls")),
    path("", include("ehrenamt.ehrenamtskarte.urls")),
    # The language switch sits on every page; without CSRF it needs no token, so pages stay
    # cacheable. Forging a switch of someone's interface language harms nobody.
    path("sprache/", csrf_exempt(set_language), name="set_language"),
    path("karte/", map_consent, name="map_consent"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploads straight from the folder: for development, also when `make run` turns DEBUG off.
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]
