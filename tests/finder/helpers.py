"""Listings for the finder: place, areas, target groups, activities and commitment chosen."""

from ehrenamt.opportunities.models import Commitment
from ehrenamt.taxonomy.models import Activity, Category, TargetGroup
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality


def role(title, place="bensheim", areas=("soziales",), groups=(), activities=(), **fields):
    club = ClubPageFactory(municipality=municipality(place))
    fields.setdefault("commitment", Commitment.REGULAR)
    return OpportunityPageFactory(
        parent=club,
        title=title,
        categories=list(Category.objects.filter(slug__in=areas)),
        target_groups=list(TargetGroup.objects.filter(slug__in=groups)),
        activities=list(Activity.objects.filter(slug__in=activities)),
        **fields,
    )


def card_titles(html):
    import re

    return re.findall(r'<h3 class="card__title">\s*<a href="[^"]+">([^<]+)</a>', html)


def reason_lines(html):
    import re

    return re.findall(r'<p class="card__reason">([^<]+)</p>', html)
