"""Turns a seed into demo clubs and opportunities, without touching the database.

Every club and every opportunity draws from its own random stream, seeded by the demo seed and its
position. So the same seed always gives the same data, and asking for more opportunities keeps the
first ones as they were: a second run only adds what is new.
"""

import datetime
import random
from dataclasses import dataclass, field
from itertools import accumulate

from django.utils.html import escape
from django.utils.text import slugify

from . import words
from .kinds import KINDS, ClubKind
from .roles import ONE_OFF, REGULAR, ROLES

# Every fifth club sits outside the Kreis Bergstraße: the portal's home is there, its reach is wider.
OUTSIDE_EVERY = 5
# Larger towns have more clubs; the rest count 1.
PLACE_WEIGHTS = {
    "bensheim": 5, "viernheim": 5, "lampertheim": 4, "heppenheim": 4, "buerstadt": 2, "lorsch": 2,
    "birkenau": 2, "wald-michelbach": 2, "mannheim": 4, "heidelberg": 4, "ludwigshafen-am-rhein": 3,
    "worms": 2, "weinheim": 2, "speyer": 2,
}  # fmt: skip
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})  # fmt: skip
SLUG_LENGTH = 80


@dataclass(frozen=True)
class Place:
    municipality_id: int
    slug: str
    name: str
    state: str
    in_kreis_bergstrasse: bool
    latitude: float
    longitude: float
    postcode: str


@dataclass
class ClubPlan:
    slug: str
    title: str
    kind: ClubKind
    place: Place
    fields: dict
    categories: list[str]
    has_logo: bool
    weight: int


@dataclass
class OpportunityPlan:
    club: ClubPlan
    slug: str
    title: str
    fields: dict
    relations: dict[str, list[str]] = field(default_factory=dict)
    has_image: bool = False


def german_slug(text):
    return slugify(text.translate(TRANSLITERATION))[:SLUG_LENGTH].strip("-")


def paragraphs(*texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullet_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


class DemoPlan:
    def __init__(self, seed, places, today, now):
        self.seed = seed
        self.today = today
        self.now = now
        inside = [place for place in places if place.in_kreis_bergstrasse]
        outside = [place for place in places if not place.in_kreis_bergstrasse]
        self.inside = (inside, list(accumulate(PLACE_WEIGHTS.get(p.slug, 1) for p in inside)))
        self.outside = (outside, list(accumulate(PLACE_WEIGHTS.get(p.slug, 1) for p in outside)))
        self.kind_weights = list(accumulate(kind.weight for kind in KINDS))

    def rng(self, what, position):
        # Demo data, not secrets: a reproducible generator is the point.
        return random.Random(f"{self.seed}:{what}:{position}")  # noqa: S311

    def clubs(self, count):
        used_names, used_slugs, clubs = set(), set(), []
        for position in range(count):
            rng = self.rng("club", position)
            places, weights = (
                self.inside if position % OUTSIDE_EVERY != OUTSIDE_EVERY - 1 else self.outside
            )
            kind, place, title = self.club_name(rng, places, weights, used_names)
            slug = german_slug(title)
            while slug in used_slugs:
                slug = f"{slug}-{position}"
            used_names.add(title)
            used_slugs.add(slug)
            clubs.append(self.club(rng, slug, title, kind, place))
        return clubs

    def club_name(self, rng, places, weights, used_names):
        """A fresh name; in a crowded demo, a second group of the same club gets a number."""
        for _attempt in range(12):
            kind = rng.choices(KINDS, cum_weights=self.kind_weights)[0]
            place = rng.choices(places, cum_weights=weights)[0]
            town = words.town_name(place.name)
            title = rng.choice(kind.name_patterns).format(
                town=town, townish=words.town_adjective(town), year=rng.randint(1848, 2012)
            )
            if title not in used_names:
                return kind, place, title
        number = 2
        while f"{title} (Gruppe {number})" in used_names:
            number += 1
        return kind, place, f"{title} (Gruppe {number})"

    def club(self, rng, slug, title, kind, place):
        town = words.town_name(place.name)
        contact = self.person(rng)
        fields = {
            "short_description": kind.about[0],
            "description": paragraphs(
                *kind.about,
                f"Wir sind in {town} zu Hause und freuen uns über jede helfende Hand. "
                "Schauen Sie unverbindlich vorbei!",
            ),
            "contact_name": contact,
            "contact_email": self.email(contact, slug),
            "contact_phone": self.phone(rng) if rng.random() < 0.6 else "",
            "website": f"https://www.{slug}.example" if rng.random() < 0.6 else "",
            "register_number": (
                f"VR {rng.randint(100, 9999)}, {words.REGISTRY_COURTS[place.state]}"
                if "e.V." in title
                else ""
            ),
            "step_free": rng.random() < 0.5,
            "accessible_wc": rng.random() < 0.3,
            "accessibility_note": rng.choice(words.ACCESSIBILITY_NOTES)
            if rng.random() < 0.2
            else "",
            **self.address(rng, place),
        }
        return ClubPlan(
            slug=slug,
            title=title,
            kind=kind,
            place=place,
            fields=fields,
            categories=list(kind.categories),
            has_logo=rng.random() < 0.75,
            weight=rng.choice((1, 1, 2, 3, 5)),
        )

    def opportunities(self, count, clubs):
        """Yield `count` opportunities; the first ones go round the clubs so that each has one."""
        club_weights = list(accumulate(club.weight for club in clubs))
        slugs_per_club = {club.slug: set() for club in clubs}
        for position in range(count):
            rng = self.rng("opportunity", position)
            if position < len(clubs):
                club = clubs[position]
            else:
                club = rng.choices(clubs, cum_weights=club_weights)[0]
            role = rng.choice(ROLES[club.kind.key])
            slug = base = german_slug(role.title)
            taken = slugs_per_club[club.slug]
            number = 2
            while slug in taken:
                slug = f"{base}-{number}"
                number += 1
            taken.add(slug)
            yield self.opportunity(rng, club, role, slug)

    def opportunity(self, rng, club, role, slug):
        kind, place = club.kind, club.place
        sign_language = rng.random() < 0.03
        fields = {
            "summary": role.summary,
            "description": paragraphs(
                role.summary,
                rng.choice(kind.about),
                f"Einsatzort ist {words.town_name(place.name)}. Wir arbeiten Sie in Ruhe ein, "
                "und Sie sind nie allein.",
            ),
            "tasks": bullet_list(role.tasks),
            "requirements": bullet_list(role.requirements) if rng.random() < 0.9 else "",
            "remote_possible": rng.random() < (0.7 if role.remote else 0.03),
            "minimum_age": role.minimum_age or (16 if rng.random() < 0.15 else None),
            "step_free": rng.random() < 0.45,
            "accessible_wc": rng.random() < 0.3,
            "sign_language": sign_language,
            "easy_language": rng.random() < 0.12,
            "accessibility_note": rng.choice(words.ACCESSIBILITY_NOTES)
            if rng.random() < 0.2
            else "",
            "volunteers_needed": rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 8, 10)),
            "last_confirmed": self.today - datetime.timedelta(days=rng.randint(0, 120)),
            "first_published_at": self.now
            - datetime.timedelta(minutes=rng.randint(60, 200 * 24 * 60)),
            **self.contact(rng, club),
            **self.address(rng, place, exact=rng.random() < 0.1),
            **self.timing(rng, role),
        }
        fields["last_published_at"] = fields["first_published_at"]
        return OpportunityPlan(
            club=club,
            slug=slug,
            title=role.title,
            fields=fields,
            relations={
                "categories": self.categories(rng, club),
                "target_groups": rng.sample(kind.target_groups, k=min(2, len(kind.target_groups))),
                "activities": list(role.activities),
                "languages": self.languages(rng, club, role, sign_language),
            },
            has_image=rng.random() < 0.3,
        )

    def timing(self, rng, role):
        """Commitment with its dates or hours, and how long the listing stays up."""
        commitment = (
            role.commitment
            if rng.random() < 0.75
            else rng.choice(("one_off", "regular", "flexible"))
        )
        state = rng.random()
        expired, filled = state < 0.05, 0.05 <= state < 0.09
        if expired:
            valid_through = self.today - datetime.timedelta(days=rng.randint(1, 90))
        else:
            valid_through = self.today + datetime.timedelta(days=rng.randint(14, 240))
        timing = {
            "commitment": commitment,
            "filled": filled,
            "valid_through": valid_through,
            "start_date": None,
            "end_date": None,
            "hours_per_week": None,
        }
        if commitment == ONE_OFF:
            start = valid_through - datetime.timedelta(days=rng.randint(0, 10))
            timing["start_date"] = start
            if rng.random() < 0.3:
                timing["end_date"] = start + datetime.timedelta(days=rng.randint(1, 9))
            timing["schedule"] = (
                f"{GERMAN_WEEKDAYS[start.weekday()]}, {rng.choice(words.ONE_OFF_TIMES)}"
            )
        elif commitment == REGULAR:
            timing["hours_per_week"] = rng.choice((1, 1.5, 2, 2, 3, 4, 5, 8))
            timing["schedule"] = f"{rng.choice(words.WEEKDAYS)} {rng.choice(words.REGULAR_TIMES)}"
            if rng.random() < 0.2:
                timing["start_date"] = self.today + datetime.timedelta(days=rng.randint(7, 60))
        else:
            timing["schedule"] = rng.choice(words.FLEXIBLE_SCHEDULES)
            if rng.random() < 0.3:
                timing["hours_per_week"] = rng.choice((0.5, 1, 2))
        return timing

    def categories(self, rng, club):
        chosen = [club.kind.categories[0]]
        if len(club.kind.categories) > 1 and rng.random() < 0.5:
            chosen.append(rng.choice(club.kind.categories[1:]))
        return chosen

    def languages(self, rng, club, role, sign_language):
        chosen = ["deutsch"]
        multilingual = (
            club.kind.key == "fluechtlingshilfe" or "uebersetzen-dolmetschen" in role.activities
        )
        if rng.random() < (0.8 if multilingual else 0.2):
            slugs, weights = zip(*words.EXTRA_LANGUAGES, strict=True)
            for slug in rng.choices(slugs, weights=weights, k=rng.randint(1, 2)):
                if slug not in chosen:
                    chosen.append(slug)
        if sign_language:
            chosen.append("deutsche-gebaerdensprache")
        return chosen

    def contact(self, rng, club):
        if rng.random() < 0.2:
            return {"contact_name": "", "contact_email": "", "contact_phone": ""}
        person = self.person(rng)
        return {
            "contact_name": person,
            "contact_email": self.email(person, club.slug),
            "contact_phone": self.phone(rng) if rng.random() < 0.4 else "",
        }

    def address(self, rng, place, exact=False):
        address = {
            "municipality_id": place.municipality_id,
            "postcode": place.postcode,
            "street_address": f"{rng.choice(words.STREETS)} {rng.randint(1, 120)}",
            "exact_latitude": None,
            "exact_longitude": None,
        }
        if exact:
            address["exact_latitude"] = round(place.latitude + rng.uniform(-0.008, 0.008), 6)
            address["exact_longitude"] = round(place.longitude + rng.uniform(-0.012, 0.012), 6)
        return address

    @staticmethod
    def person(rng):
        return f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}"

    @staticmethod
    def email(person, club_slug):
        local = german_slug(person).replace("-", ".")
        return f"{local}@{club_slug[:40].strip('-')}.example"

    @staticmethod
    def phone(rng):
        return f"{rng.choice(words.FICTION_PHONE_PREFIXES)} {rng.randint(0, 999):03d}"
