"""Matches a partner's places and categories onto ours."""

import hashlib
import re
import unicodedata

from ehrenamt.regions.models import Municipality, Postcode
from ehrenamt.taxonomy.models import Category, TargetGroup

# Category words partner portals use that differ from our names.
CATEGORY_SYNONYMS = {
    "kultur": "kultur-musik",
    "musik": "kultur-musik",
    "jugend": "kinder-jugend",
    "kinder": "kinder-jugend",
    "jugendarbeit": "kinder-jugend",
    "alter": "senioren",
    "seniorinnen": "senioren",
    "umwelt": "umwelt-naturschutz",
    "naturschutz": "umwelt-naturschutz",
    "natur": "umwelt-naturschutz",
    "tiere": "tierschutz",
    "feuerwehr": "feuerwehr-rettungsdienst",
    "rettungsdienst": "feuerwehr-rettungsdienst",
    "katastrophenschutz": "feuerwehr-rettungsdienst",
    "schule": "bildung",
    "kirche": "kirche-religion",
    "religion": "kirche-religion",
    "integration": "flucht-integration",
    "migration": "flucht-integration",
    "gefluchtete": "flucht-integration",
    "pflege": "gesundheit",
    "politik": "politik-buergerbeteiligung",
    "freizeit": "freizeit-geselligkeit",
    "nachbarschaft": "nachbarschaftshilfe",
}


UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# "Ludwigshafen am Rhein" is also just "Ludwigshafen"; "Lindenfels (Odenwald)" also "Lindenfels".
SHORT_NAME = re.compile(r"\s*(\(|,|\bam\b|\ban der\b|\bin der\b|\bim\b|\bob der\b).*$")


def normalise(value):
    """Lower case, umlauts as ae/oe/ue/ss, no accents or punctuation: 'Müller-Straße ' and
    'mueller strasse' compare equal."""
    value = value.lower().translate(UMLAUTS)
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", value).strip()


def fingerprint(title, organisation, municipality_id, address="", start=None, end=None):
    """What makes two listings the same role: title, organisation, place, street and dates.

    Two dates of the same festival or two addresses of the same club are two roles.
    """
    key = "|".join(
        [
            normalise(title),
            normalise(organisation),
            str(municipality_id),
            normalise(address),
            start.isoformat() if start else "",
            end.isoformat() if end else "",
        ]
    )
    return hashlib.sha256(key.encode()).hexdigest()


# What page_fingerprint reads from an OpportunityPage queryset's values_list.
FINGERPRINT_FIELDS = (
    "title",
    "club__title",
    "municipality_id",
    "street_address",
    "start_date",
    "end_date",
)


def page_fingerprint(page_values):
    """The fingerprint of a page, from the values known_fingerprints reads."""
    title, club, municipality_id, address, start, end = page_values
    return fingerprint(title, club or "", municipality_id, address, start, end)


class Matcher:
    """Looks places and taxonomy terms up once per run, not once per record."""

    def __init__(self):
        municipalities = list(Municipality.objects.select_related("district__state"))
        self.by_name = {}
        for municipality in municipalities:
            self.by_name.setdefault(normalise(municipality.name), municipality)
            self.by_name.setdefault(normalise(municipality.slug), municipality)
        # Short names only where no full name means the same.
        for municipality in municipalities:
            self.by_name.setdefault(normalise(SHORT_NAME.sub("", municipality.name)), municipality)
        by_pk = {municipality.pk: municipality for municipality in municipalities}
        self.by_postcode = {}
        postcodes = Postcode.objects.order_by("code", "municipality__name")
        for code, pk in postcodes.values_list("code", "municipality_id"):
            self.by_postcode.setdefault(code, []).append(by_pk[pk])
        self.categories = terms(Category)
        self.target_groups = terms(TargetGroup)
        for word, slug in CATEGORY_SYNONYMS.items():
            pk = self.categories.get(normalise(slug))
            if pk:
                self.categories.setdefault(word, pk)

    def municipality(self, town, postcode):
        """By postcode first, as the search does; by the town's name where the postcode is unknown
        or shared by several places."""
        named = None
        if town:
            named = self.by_name.get(normalise(town)) or self.by_name.get(
                normalise(SHORT_NAME.sub("", town))
            )
        candidates = self.by_postcode.get(postcode, [])
        if named in candidates or not candidates:
            return named
        return candidates[0]

    def category_ids(self, names):
        return matched_ids(self.categories, names)

    def target_group_ids(self, names):
        return matched_ids(self.target_groups, names)


def terms(model):
    found = {}
    for pk, name, slug in model.objects.values_list("pk", "name", "slug"):
        found[normalise(name)] = pk
        found[normalise(slug)] = pk
    return found


def matched_ids(known, names):
    ids = []
    for name in names:
        key = normalise(name)
        pk = known.get(key)
        if pk is None:
            # "Kultur und Musik", "Kinder- und Jugendarbeit": the first known word decides.
            pk = next((known[word] for word in key.split() if word in known), None)
        if pk and pk not in ids:
            ids.append(pk)
    return ids
