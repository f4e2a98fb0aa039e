"""Sample feeds of two fictional partner portals (their addresses end in .example), for the demo."""

from pathlib import Path

from django.core.files.base import ContentFile

from ehrenamt.regions.models import State

from .models import FeedFormat, FeedSource
from .runner import import_all

SAMPLES = Path(__file__).parent / "samples"
SAMPLE_SOURCES = [
    {
        "name": "Ehrenamtsbörse Kurpfalz",
        "state": "BW",
        "format": FeedFormat.CSV,
        "file": "ehrenamtsboerse-kurpfalz.csv",
        "website": "https://ehrenamtsboerse-kurpfalz.example/",
        "contact_email": "redaktion@ehrenamtsboerse-kurpfalz.example",
        "licence": "Datenlizenz Deutschland - Namensnennung 2.0",
        "attribution": "Angebote: Ehrenamtsbörse Kurpfalz",
        "accepts_inquiries": False,
    },
    {
        "name": "Freiwilligenportal Vorderpfalz",
        "state": "RP",
        "format": FeedFormat.XML,
        "file": "freiwilligenportal-vorderpfalz.xml",
        "website": "https://freiwilligenportal-vorderpfalz.example/",
        "contact_email": "redaktion@freiwilligenportal-vorderpfalz.example",
        "licence": "CC BY 4.0",
        "attribution": "Angebote: Freiwilligenportal Vorderpfalz, CC BY 4.0",
        "accepts_inquiries": True,
    },
]


def import_sample_feeds():
    """Create the sample sources once and import them; returns the import reports."""
    for sample in SAMPLE_SOURCES:
        if FeedSource.objects.filter(name=sample["name"]).exists():
            continue
        values = {**sample, "state": State.objects.get(code=sample["state"])}
        file_name = values.pop("file")
        source = FeedSource(**values)
        source.file.save(file_name, ContentFile((SAMPLES / file_name).read_bytes()), save=False)
        source.save()
    return import_all([sample["name"] for sample in SAMPLE_SOURCES])
