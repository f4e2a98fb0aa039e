"""Our listings as schema.org JobPosting (employmentType VOLUNTEER), for pages and downloads.

Follows Google's rules for job postings: the description as HTML with its paragraphs, the
identifier as a PropertyValue, roles that can be done from home with jobLocationType TELECOMMUTE
and the country applicants must live in, and no property with an empty value.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from .opendata import paragraphs


def job_posting(page, organisation=None, context=True):
    """organisation: the partner's organisation name for imported listings; else the club.
    context: False inside a document that states the @context once."""
    club = page.club
    municipality = page.municipality
    description = "".join(
        f"<p>{escape(part)}</p>" for part in paragraphs(page.description).split("\n\n") if part
    )
    published = page.first_published_at or timezone.now()
    data = {
        "@type": "JobPosting",
        "identifier": {
            "@type": "PropertyValue",
            "name": settings.WAGTAIL_SITE_NAME,
            "value": str(page.pk),
        },
        "title": page.title,
        "description": description or f"<p>{escape(page.summary)}</p>",
        "employmentType": "VOLUNTEER",
        "datePosted": published.date().isoformat(),
        "validThrough": page.valid_through.isoformat(),
        "url": page.full_url,
        "hiringOrganization": {
            "@type": "Organization",
            "name": organisation or (club.title if club else ""),
            "url": club.full_url if club and not organisation else "",
        },
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": page.street_address,
                "postalCode": page.postcode,
                "addressLocality": municipality.name,
                "addressCountry": "DE",
            },
        },
    }
    if context:
        data = {"@context": "https://schema.org", **data}
    if page.latitude is not None:
        data["jobLocation"]["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": page.latitude,
            "longitude": page.longitude,
        }
    if page.remote_possible:
        # Google: remote work needs the country (or region) where applicants may live.
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "DE"}
    if page.start_date:
        data["jobStartDate"] = page.start_date.isoformat()
    return without_empty(data)


def without_empty(value):
    """Drop properties whose value is empty: Google reports empty strings as errors."""
    if isinstance(value, dict):
        cleaned = {key: without_empty(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if item not in ("", None, {}, [])}
    if isinstance(value, list):
        return [without_empty(item) for item in value if item not in ("", None)]
    return value
