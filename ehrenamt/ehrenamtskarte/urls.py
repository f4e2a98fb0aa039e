from django.urls import path

from . import api, views

app_name = "ehrenamtskarte"

urlpatterns = [
    path("ehrenamtskarte/antrag/", views.apply, name="apply"),
    path("ehrenamtskarte/antrag/gesendet/", views.sent, name="sent"),
    path(
        "ehrenamtskarte/antrag/bestaetigen/<str:token>/", views.confirm_email, name="confirm_email"
    ),
    path("ehrenamtskarte/bestaetigung/<str:token>/", views.organisation, name="organisation"),
    path("api/v1/ehrenamtskarte/behoerden/", api.authorities, name="api_authorities"),
    path("api/v1/ehrenamtskarte/verguenstigungen/", api.benefits_json, name="api_benefits"),
    path("opendata/ehrenamtskarte-verguenstigungen.csv", api.benefits_csv, name="benefits_csv"),
]
