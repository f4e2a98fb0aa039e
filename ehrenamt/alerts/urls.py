from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("gesendet/", views.sent, name="sent"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("treffer/<str:token>/", views.results, name="results"),
    path("treffer/<str:token>/<int:page_id>/", views.listing, name="listing"),
]
