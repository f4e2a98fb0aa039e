from django.urls import path

from . import views

urlpatterns = [
    path("suche/", views.search_page, name="search"),
    path("api/v1/opportunities/", views.opportunities_api, name="search_api"),
    path("api/v1/suggest/", views.suggest_api, name="search_suggest"),
]
