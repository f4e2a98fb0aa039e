"""Our listings as schema.org JobPosting (employmentType VOLUNTEER), for pages and downloads."""

from django.utils.html import strip_tags


def job_posting(page, organisation=None):
    """organisation: the partner's organisation name for imported listings; else the club."""
    club = page.club
    municipality = page.municipality
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "identifier": str(page.pk),
        "title": page.title,
        "description": strip_tags(str(page.description)) or page.summary,
        "employmentType": "VOLUNTEER",
        "validThrough": page.valid_through.isoformat(),
        "url": page.full_url,
        "hiringOrganization": {
            "@type": "Organization",
            "name": organisation or (club.title if club else ""),
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
    if page.first_published_at:
        data["datePosted"] = page.first_published_at.date().isoformat()
    if club and not organisation:
        data["hiringOrganization"]["url"] = club.full_url
    if page.latitude is not None:
        data["jobLocation"]["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": page.latitude,
            "longitude": page.longitude,
        }
    if page.remote_possible:
        data["jobLocationType"] = "TELECOMMUTE"
    if page.start_date:
        data["jobStartDate"] = page.start_date.isoformat()
    return data
