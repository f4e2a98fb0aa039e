"""A small region of roles that the search tests look for, one trait per role."""

import datetime
import os
from types import SimpleNamespace

import pytest
from django.utils import timezone

from ehrenamt.opportunities.models import Commitment
from ehrenamt.taxonomy.models import Category, TargetGroup
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality


def _terms(model, *slugs):
    return list(model.objects.filter(slug__in=slugs))


def _role(club, title, **kwargs):
    categories = _terms(Category, *kwargs.pop("categories", ["soziales"]))
    target_groups = _terms(TargetGroup, *kwargs.pop("target_groups", []))
    return OpportunityPageFactory(
        parent=club, title=title, categories=categories, target_groups=target_groups, **kwargs
    )


@pytest.fixture
def world(home_page):
    """Roles in Bensheim, Heppenheim, Viernheim (Hessen), Mannheim (BW), Ludwigshafen (RP)."""
    today = timezone.localdate()
    bensheim = ClubPageFactory(title="Naturfreunde Bensheim", municipality=municipality("bensheim"))
    heppenheim = ClubPageFactory(
        title="Tafel Heppenheim", municipality=municipality("heppenheim"), postcode="64646"
    )
    viernheim = ClubPageFactory(
        title="Jugendtreff Viernheim", municipality=municipality("viernheim"), postcode="68519"
    )
    mannheim = ClubPageFactory(
        title="Stadtgrün Mannheim", municipality=municipality("mannheim"), postcode="68159"
    )
    ludwigshafen = ClubPageFactory(
        title="Lesepaten Ludwigshafen",
        municipality=municipality("ludwigshafen-am-rhein"),
        postcode="67059",
    )
    roles = SimpleNamespace(
        tree_care=_role(
            bensheim,
            "Baumpflege im Stadtpark",
            summary="Wir pflegen die alten Bäume im Park.",
            categories=["umwelt-naturschutz"],
            valid_through=today + datetime.timedelta(days=30),
        ),
        food_bank=_role(
            heppenheim,
            "Lebensmittel ausgeben",
            summary="Ausgabe von Lebensmitteln an Bedürftige.",
            categories=["soziales"],
            target_groups=["familien"],
            commitment=Commitment.FLEXIBLE,
            valid_through=today + datetime.timedelta(days=60),
        ),
        homework=_role(
            viernheim,
            "Hausaufgabenhilfe",
            summary="Kinder bei den Hausaufgaben begleiten, auch per Video.",
            categories=["kinder-jugend", "bildung"],
            target_groups=["jugendliche", "kinder"],
            remote_possible=True,
            valid_through=today + datetime.timedelta(days=90),
        ),
        planting=_role(
            mannheim,
            "Pflanzaktion im Luisenpark",
            summary="Einen Tag lang junge Baum-Setzlinge pflanzen.",
            categories=["umwelt-naturschutz"],
            commitment=Commitment.ONE_OFF,
            start_date=today + datetime.timedelta(days=14),
            valid_through=today + datetime.timedelta(days=14),
        ),
        reading=_role(
            ludwigshafen,
            "Vorlesen im Seniorenheim",
            summary="Einmal pro Woche Geschichten vorlesen.",
            categories=["senioren", "kultur-musik"],
            target_groups=["seniorinnen"],
            commitment=Commitment.FLEXIBLE,
            valid_through=today + datetime.timedelta(days=120),
        ),
    )
    # Never found: past its date, filled, not published.
    _role(
        bensheim,
        "Baumpflege abgelaufen",
        summary="Alte Bäume",
        valid_through=today - datetime.timedelta(days=1),
    )
    _role(bensheim, "Baumpflege besetzt", summary="Alte Bäume", filled=True)
    _role(bensheim, "Baumpflege Entwurf", summary="Alte Bäume").unpublish()
    return roles


def elasticsearch_available():
    return bool(os.environ.get("ELASTICSEARCH_URL"))


@pytest.fixture(
    params=[
        "database",
        # Skipped when collected, so no test data is built for an engine that cannot run.
        pytest.param(
            "elasticsearch",
            marks=pytest.mark.skipif(
                not elasticsearch_available(), reason="ELASTICSEARCH_URL ist nicht gesetzt"
            ),
        ),
    ]
)
def engine(request, settings, world):
    """Runs a test against each engine; Elasticsearch only where a server is configured."""
    if request.param == "elasticsearch":
        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
        from search.elastic.index import rebuild_index

        rebuild_index()
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param
