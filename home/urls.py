from django.urls import path

from . import feedback, guide

urlpatterns = [
    path("anleitung/", guide.club_guide, name="club_guide"),
    path("barriere-melden/", feedback.accessibility_feedback, name="accessibility_feedback"),
    path(
        "barriere-melden/gesendet/",
        feedback.accessibility_feedback_sent,
        name="accessibility_feedback_sent",
    ),
]
