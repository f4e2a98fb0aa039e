"""Factories for the portal's content; reference data (places, terms) comes from the migrations."""

import datetime

import factory
from django.utils import timezone

from ehrenamt.clubs.models import ClubIndexPage, ClubPage
from ehrenamt.opportunities.models import Commitment, OpportunityPage
from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category
from home.site_tree import ensure_site_tree


def municipality(slug):
    return Municipality.objects.get(slug=slug)


def club_index():
    ensure_site_tree()
    return ClubIndexPage.objects.get()


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a page under `parent` through the tree, as Wagtail requires."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        many_to_many = {
            name: kwargs.pop(name)
            for name in ["categories", "target_groups", "activities", "languages"]
            if name in kwargs
        }
        page = model_class(*args, **kwargs)
        for name, values in many_to_many.items():
            setattr(page, name, values)
        parent.add_child(instance=page)
        return page


class ClubPageFactory(PageFactory):
    class Meta:
        model = ClubPage

    parent = factory.LazyFunction(club_index)
    title = factory.Sequence(lambda n: f"Testverein {n} e.V.")
    short_description = "Wir helfen, wo Hilfe gebraucht wird."
    description = "<p>Ein Verein mit vielen netten Menschen.</p>"
    contact_name = "Erika Mustermann"
    contact_email = factory.Sequence(lambda n: f"vorstand{n}@verein.example")
    municipality = factory.LazyFunction(lambda: municipality("bensheim"))
    street_address = "Hauptstraße 1"
    postcode = "64625"


class OpportunityPageFactory(PageFactory):
    class Meta:
        model = OpportunityPage

    parent = factory.SubFactory(ClubPageFactory)
    title = factory.Sequence(lambda n: f"Helfer:in für Aufgabe {n}")
    summary = "Sie unterstützen unser Team einmal pro Woche."
    description = "<p>Wir suchen Verstärkung für unser Team.</p>"
    tasks = "<ul><li>Begleiten</li><li>Organisieren</li></ul>"
    municipality = factory.LazyAttribute(lambda o: o.parent.municipality)
    commitment = Commitment.REGULAR
    hours_per_week = 2
    valid_through = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))
    categories = factory.LazyFunction(lambda: [Category.objects.get(slug="soziales")])


class ImageFactory(factory.django.DjangoModelFactory):
    """A real small PNG in Wagtail's image library, so that renditions can be made of it."""

    class Meta:
        model = "wagtailimages.Image"

    title = factory.Sequence(lambda n: f"Vereinslogo {n}")
    file = factory.django.ImageField(width=320, height=240, color="teal")
