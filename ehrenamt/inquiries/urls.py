from django.urls import path

from . import views

app_name = "inquiries"

urlpatterns = [
    path("anfrage/<int:opportunity_id>/", views.inquire, name="inquire"),
    path("anfrage/<int:opportunity_id>/gesendet/", views.sent, name="sent"),
    path("anfrage/loeschen/<str:token>/", views.delete, name="delete"),
]
