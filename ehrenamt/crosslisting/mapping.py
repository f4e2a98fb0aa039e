"""Matches a partner's places and categories onto ours."""

import hashlib
import re
import unicodedata

from ehrenamt.regions.models import Municipality
from ehrenamt.taxonomy.models import Category

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


def normalise(value):
    """Lower case, no accents or punctuation: 'Müller-Straße ' and 'muller strasse' compare equal."""
    value = value.lower().replace("ß", "ss")
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", value).strip()


def fingerprint(title, organisation, municipality_id):
    """What makes two listings the same role: title, organisation and place."""
    key = f"{normalise(title)}|{normalise(organisation)}|{municipality_id}"
    return hashlib.sha256(key.encode()).hexdigest()


class Matcher:
    """Looks places and categories up once per run, not once per record."""

    def __init__(self):
        self.by_name = {}
        for municipality in Municipality.objects.select_related("district__state"):
            self.by_name[normalise(municipality.name)] = municipality
            self.by_name[normalise(municipality.slug)] = municipality
        self.by_postcode = {}
        self.categories = {}
        self.category_objects = {}
        for category in Category.objects.all():
            self.category_objects[category.pk] = category
            self.categories[normalise(category.name)] = category.pk
            self.categories[normalise(category.slug)] = category.pk
        for word, slug in CATEGORY_SYNONYMS.items():
            pk = self.categories.get(normalise(slug))
            if pk:
                self.categories.setdefault(word, pk)

    def municipality(self, town, postcode):
        """By the town's name first; a town we do not know by name is found by its postcode."""
        found = self.by_name.get(normalise(town)) if town else None
        if found is None and postcode:
            if postcode not in self.by_postcode:
                self.by_postcode[postcode] = Municipality.objects.for_postcode(postcode)
            found = self.by_postcode[postcode]
        return found

    def category_ids(self, names):
        ids = []
        for name in names:
            key = normalise(name)
            pk = self.categories.get(key)
            if pk is None:
                # "Kultur und Musik", "Kinder- und Jugendarbeit": the first known word decides.
                pk = next((self.categories[w] for w in key.split() if w in self.categories), None)
            if pk and pk not in ids:
                ids.append(pk)
        return ids
