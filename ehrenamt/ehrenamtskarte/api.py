"""Open data: the rules of every issuing authority and the benefits, for other portals."""

import csv

from django.http import HttpResponse, JsonResponse

from .models import BenefitCategory, CardBenefit, IssuingAuthority


def authority_json(authority):
    return {
        "slug": authority.slug,
        "name": authority.name,
        "district": {"slug": authority.district.slug, "name": authority.district.name},
        "state": authority.district.state.code.lower(),
        "hours_per_week": authority.hours_per_week,
        "hours_per_year": authority.hours_per_year,
        "years_of_engagement": authority.years_of_engagement,
        "minimum_age": authority.minimum_age,
        "validity_years": authority.validity_years,
        "rules_text": authority.rules_text,
        "accepts_online_applications": authority.accepts_online_applications,
        "website": authority.website or None,
    }


def authorities(request):
    rows = IssuingAuthority.objects.select_related("district__state")
    return JsonResponse({"results": [authority_json(authority) for authority in rows]})


def current_benefits():
    return CardBenefit.objects.current().select_related("municipality").order_by("partner", "pk")


def benefit_json(benefit):
    return {
        "id": benefit.pk,
        "partner": benefit.partner,
        "offer": benefit.offer,
        "category": benefit.category,
        "place": {"slug": benefit.municipality.slug, "name": benefit.municipality.name},
        "street_address": benefit.street_address,
        "latitude": benefit.municipality.latitude,
        "longitude": benefit.municipality.longitude,
        "website": benefit.website or None,
        "valid_from": benefit.valid_from.isoformat() if benefit.valid_from else None,
        "valid_until": benefit.valid_until.isoformat() if benefit.valid_until else None,
    }


def benefits_json(request):
    return JsonResponse({"results": [benefit_json(benefit) for benefit in current_benefits()]})


CSV_COLUMNS = [
    "partner",
    "offer",
    "category",
    "street_address",
    "website",
    "valid_from",
    "valid_until",
]


def benefits_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ehrenamtskarte-verguenstigungen.csv"'
    writer = csv.writer(response)
    writer.writerow([*CSV_COLUMNS, "place", "category_label"])
    labels = dict(BenefitCategory.choices)
    for benefit in current_benefits():
        row = benefit_json(benefit)
        writer.writerow(
            [
                *(row[name] or "" for name in CSV_COLUMNS),
                benefit.municipality.name,
                labels[benefit.category],
            ]
        )
    return response
