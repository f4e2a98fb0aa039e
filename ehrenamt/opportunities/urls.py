from django.urls import path

from . import views

app_name = "opportunities"

urlpatterns = [
    path(
        "angebot-bestaetigen/<str:token>/",
        views.confirm_still_current,
        name="confirm",
    ),
]
