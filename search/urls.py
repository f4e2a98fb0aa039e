from django.urls import path

from . import views
from .feeds import SearchFeed

urlpatterns = [
    path("suche/", views.search_page, name="search"),
    path("suche/feed.atom", SearchFeed(), name="search_feed"),
    path("api/v1/opportunities/", views.opportunities_api, name="search_api"),
    path("api/v1/suggest/", views.suggest_api, name="search_suggest"),
]
