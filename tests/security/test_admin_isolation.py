"""Every admin URL that Wagtail registers, driven by one club (or town) against another's objects.

The URL patterns are walked from Django's resolver, not picked by hand, so a view that a Wagtail
upgrade or a new app adds is tried too. Each pattern is filled with the other side's ids (pages,
revisions, images, documents, collections, users, groups, workflow tasks ...), requested with GET
and POST, plain and with a range of ids and a search for the secret word, and no answer may name
the other side's titles, people or files.
"""

import itertools
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Collection, Page, Revision, Task, TaskState, Workflow, WorkflowState

from ehrenamt.clubs.onboarding import confirm_registration, staff_group
from ehrenamt.inquiries.models import Inquiry
from home.curation import ensure_index_pages, ensure_landing_page
from tests.clubs.helpers import club
from tests.factories import ImageFactory, OpportunityPageFactory, municipality

# A word in every one of the other side's titles that is not secret itself: searching for it
# must not find them, and a search box that repeats it gives nothing away.
SEARCH = "Schach"
# What the other side's objects are called; none of it may reach the actor.
SECRETS = ("geheimzug", "verborgen", "geheimplan")
ID_RANGE = range(1, 400)


def admin_patterns():
    """(route, model the view works on or None) of every admin URL, walked from the resolver."""

    def walk(patterns, prefix):
        for entry in patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, route)
            elif isinstance(entry, URLPattern):
                yield route, model_of(entry.callback)

    return [
        route for route in walk(get_resolver().url_patterns, "") if route[0].startswith("admin/")
    ]


def model_of(view):
    model = getattr(view, "view_initkwargs", {}).get("model")
    return model or getattr(getattr(view, "view_class", None), "model", None)


def kind_of(model):
    """Which of the other side's ids a view of `model` is about; None: some other model."""
    if isinstance(model, str):
        model = apps.get_model(model)
    if not isinstance(model, type):
        return None
    kinds = [
        (Page, "page"),
        (AbstractImage, "image"),
        (AbstractDocument, "document"),
        (Collection, "collection"),
        (get_user_model(), "user"),
        (Group, "group"),
        (Task, "task"),
        (Workflow, "workflow"),
        (Revision, "revision"),
        (Inquiry, "inquiry"),
    ]
    return next((kind for base, kind in kinds if issubclass(model, base)), None)


def other_side(home_page):
    """Club B in Heppenheim with drafts, people, files and a pending approval; its town's page."""
    secret = club("Schach Geheimzug", slug="heppenheim", email="verborgen@schach.example")
    secret.user.first_name, secret.user.last_name = "Berta", "Verborgen"
    secret.user.save()
    opportunity = OpportunityPageFactory(
        parent=secret.club, title="Schach Turnier Geheimzug", live=False, contact_name="Verborgen"
    )
    opportunity.save_revision(user=secret.user)
    confirm_registration(secret.user)  # B's page now waits in the Heppenheim workflow.
    image = ImageFactory(title="Schach Brett Geheimzug", collection=secret.collection)
    document = get_document_model().objects.create(
        title="Schach Satzung Geheimzug", collection=secret.collection
    )
    Inquiry.objects.create(
        opportunity=opportunity,
        club=secret.club,
        opportunity_title=opportunity.title,
        name="Verborgen Volunteer",
        email="verborgen-helfer@example.org",
        message="Schach Geheimzug",
        consent_at=timezone.now(),
    )
    # The Heppenheim approval's names carry the secret word too.
    Task.objects.filter(name__endswith="Heppenheim").update(name="Prüfung Geheimzug")
    Workflow.objects.filter(name__endswith="Heppenheim").update(name="Freigabe Geheimzug")
    town, _group = ensure_landing_page(
        ensure_index_pages(home_page), title="Heppenheim", municipality=municipality("heppenheim")
    )
    town.title = "Schach Geheimplan Heppenheim"
    town.save_revision()
    ids = {
        "page": [secret.club.pk, opportunity.pk, town.pk],
        "image": [image.pk],
        "document": [document.pk],
        "collection": [secret.collection.pk],
        "user": [secret.user.pk],
        "group": [secret.group.pk, staff_group(municipality("heppenheim")).pk],
        "task": list(Task.objects.filter(name="Prüfung Geheimzug").values_list("pk", flat=True)),
        "workflow": list(
            Workflow.objects.filter(name="Freigabe Geheimzug").values_list("pk", flat=True)
        ),
        "revision": list(
            Revision.objects.filter(
                object_id__in=[str(secret.club.pk), str(opportunity.pk)]
            ).values_list("pk", flat=True)
        ),
        "task_state": list(TaskState.objects.values_list("pk", flat=True)),
        "workflow_state": list(WorkflowState.objects.values_list("pk", flat=True)),
        "inquiry": list(Inquiry.objects.values_list("pk", flat=True)),
    }
    return ids


MODELS = [
    ("wagtailcore", "page"),
    ("clubs", "clubpage"),
    ("opportunities", "opportunitypage"),
    ("home", "municipalitypage"),
    ("wagtailimages", "image"),
    ("wagtaildocs", "document"),
    ("auth", "user"),
    ("home", "portalsettings"),
]
ACTIONS = {
    "action_name": ["approve", "reject", "copy", "move", "publish", "unpublish", "delete"],
    "filter_spec": ["original"],
    "uidb64": ["x"],
    "token": ["x"],
}
MODEL_PARAMS = {"app_label", "app_name", "content_type_app_name"}
# Which of the other side's ids go into a parameter, by the words in its name.
POOLS = [
    (("revision",), "revision"),
    (("task_state",), "task_state"),
    (("workflow_state",), "workflow_state"),
    (("page", "destination", "parent"), "page"),
    (("image",), "image"),
    (("document", "doc_id"), "document"),
    (("collection",), "collection"),
]


def pool(name, model, ids):
    for words, kind in POOLS:
        if any(word in name for word in words):
            return ids[kind]
    if model is not None and name in {"pk", "object_id"}:
        kind = kind_of(model)
        # A view of a model the other side has nothing of is tried with one id.
        return ids[kind] if kind else [1]
    return sorted({pk for values in ids.values() for pk in values})


def fill(route, model, ids):
    """Concrete URLs for one admin route, its parameters filled with the other side's ids."""
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", route).replace("\\.", ".")
    route = route.replace("^", "").replace("$", "")
    names = re.findall(r"<(?:\w+:)?(\w+)>", route)
    if "action" in names:  # bulk actions: each registered model and action
        bulk_action_registry._scan_for_bulk_actions()
        return [
            f"/admin/bulk/{app}/{model}/{action}/"
            for app, models in bulk_action_registry.actions.items()
            for model, actions in models.items()
            for action in actions
        ]
    if route.endswith(".*/"):
        return []
    choices = []
    for name in names:
        if name in MODEL_PARAMS:
            choices.append([None])
        elif name in {"model_name", "content_type_model_name"}:
            choices.append(MODELS)
        elif name in ACTIONS:
            choices.append(ACTIONS[name])
        else:
            choices.append(pool(name, model, ids))
    urls = []
    for values in itertools.islice(itertools.product(*choices), 40):
        url = "/" + route
        for name, value in zip(names, values, strict=True):
            if name in MODEL_PARAMS:
                continue
            if isinstance(value, tuple):
                app_param = names[names.index(name) - 1]
                url = re.sub(rf"<(?:\w+:)?{app_param}>", value[0], url)
                value = value[1]
            url = re.sub(rf"<(?:\w+:)?{name}>", str(value), url, count=1)
        urls.append(url)
    return urls


def body(response):
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    headers = " ".join(f"{key}: {value}" for key, value in response.items())
    return (content.decode("utf-8", "replace") + headers).lower()


def leaks(client, url):
    """What of the other side one URL shows, with GET and POST, plain and with ranges of ids."""
    found = []
    query = {"id": list(ID_RANGE), "q": SEARCH}
    for method in ("get", "post"):
        response = getattr(client, method)(url, query)
        shown = body(response)
        found += [(method, url, word, response.status_code) for word in SECRETS if word in shown]
    return found


@pytest.fixture
def secrets(home_page):
    return other_side(home_page)


@pytest.fixture
def club_a(home_page):
    return club("Turnverein Bensheim").user


@pytest.fixture
def town_staff(home_page, django_user_model):
    user = django_user_model.objects.create_user(
        username="amt-bensheim", email="amt@bensheim.example", password="x"
    )
    user.groups.add(staff_group(municipality("bensheim")))
    return user


def test_every_admin_route_is_walked():
    routes = [route for route, _model in admin_patterns()]
    assert len(routes) > 250
    assert any("bulk" in route for route in routes)
    bulk = fill("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", None, {})
    assert "/admin/bulk/wagtailcore/page/delete/" in bulk
    assert "/admin/bulk/wagtailimages/image/delete/" in bulk
    assert any("chooser" in route for route in routes)


@pytest.mark.parametrize("actor", ["club_a", "town_staff"])
def test_no_admin_view_shows_another_clubs_or_towns_objects(request, client, secrets, actor):
    user = request.getfixturevalue(actor)
    client.raise_request_exception = False
    found = []
    for route, model in admin_patterns():
        if "logout" in route:
            continue
        for url in fill(route, model, secrets):
            client.force_login(user)
            found += leaks(client, url)
    assert found == []
