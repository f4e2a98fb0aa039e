"""Demo benefits for the Kreis Bergstraße: the kinds of offers Hessian cardholders find."""

from ehrenamt.regions.models import Municipality

from .models import BenefitCategory, CardBenefit

C = BenefitCategory
# (partner, municipality slug, category, offer)
DEMO_BENEFITS = [
    ("Basinus-Bad Bensheim", "bensheim", C.SWIMMING, "Ermäßigter Eintritt zum Kindertarif"),
    ("Museum der Stadt Bensheim", "bensheim", C.CULTURE, "Eintritt frei"),
    ("Parktheater Bensheim", "bensheim", C.CULTURE, "10 % Rabatt auf Eintrittskarten"),
    ("Stadtbibliothek Bensheim", "bensheim", C.EDUCATION, "Jahresausweis zum halben Preis"),
    ("Waldschwimmbad Viernheim", "viernheim", C.SWIMMING, "Ermäßigte Saisonkarte"),
    ("Kulturscheune Viernheim", "viernheim", C.CULTURE, "2 € Nachlass an der Abendkasse"),
    ("Kreisvolkshochschule Bergstraße", "heppenheim", C.EDUCATION, "10 % auf Kursgebühren"),
    (
        "Starkenburg-Sternwarte Heppenheim",
        "heppenheim",
        C.EDUCATION,
        "Freier Eintritt bei Führungen",
    ),
    ("Eisstadion Lorsch", "lorsch", C.LEISURE, "Ermäßigter Eintritt"),
    ("Kloster Lorsch Museumszentrum", "lorsch", C.CULTURE, "Ermäßigter Eintritt"),
    ("Fahrradladen am Marktplatz", "lampertheim", C.SHOPPING, "5 % auf Zubehör"),
    ("Café am Rathaus", "lampertheim", C.FOOD, "Ein Heißgetränk gratis zum Kuchen"),
    ("Kletterwald Fürth", "fuerth-odenwald", C.LEISURE, "15 % Rabatt auf den Eintritt"),
    ("VRN-Kundenzentrum Bensheim", "bensheim", C.MOBILITY, "Beratung zum Ehrenamts-Ticket"),
]


def create_demo_benefits():
    """Create the demo benefits that are missing; returns how many are new."""
    places = {place.slug: place for place in Municipality.objects.all()}
    created = 0
    for partner, slug, category, offer in DEMO_BENEFITS:
        if slug not in places:
            continue
        _benefit, new = CardBenefit.objects.get_or_create(
            partner=partner,
            defaults={"municipality": places[slug], "category": category, "offer": offer},
        )
        created += new
    return created
