from django.urls import path

from . import views

app_name = "clubs"

urlpatterns = [
    path("verein-registrieren/", views.register, name="register"),
    path("verein-registrieren/gesendet/", views.registration_sent, name="registration_sent"),
    path("verein-registrieren/bestaetigen/<str:token>/", views.confirm, name="confirm"),
]
