from django.urls import path

from . import views
from .feeds import CategoryFeed, MunicipalityFeed, OpportunityFeed

app_name = "opendata"

urlpatterns = [
    path("", views.opendata_page, name="index"),
    path("angebote.csv", views.listings_csv, name="csv"),
    path("angebote.json", views.listings_json, name="json"),
    path("angebote.jsonld", views.listings_json_ld, name="jsonld"),
    path("angebote.xml", views.listings_fpxml, name="fpxml"),
    path("termine.ics", views.dated_listings_ical, name="ical"),
    path("feeds/angebote.atom", OpportunityFeed(), name="all_feed"),
    path("feeds/orte/<slug:slug>.atom", MunicipalityFeed(), name="municipality_feed"),
    path("feeds/bereiche/<slug:slug>.atom", CategoryFeed(), name="category_feed"),
]
