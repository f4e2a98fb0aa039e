"""Distance in the database: a bounding box that an index can use, then the exact great circle."""

import math

from django.db.models import F, FloatField, Value
from django.db.models.functions import ACos, Cos, Least, Radians, Sin

EARTH_RADIUS_KM = 6371.0


def bounding_box(place, radius_km):
    """Latitude/longitude limits that contain every point within radius_km of place."""
    lat_delta = math.degrees(radius_km / EARTH_RADIUS_KM)
    cos_lat = max(math.cos(math.radians(place.latitude)), 0.01)
    lon_delta = math.degrees(radius_km / (EARTH_RADIUS_KM * cos_lat))
    return {
        "latitude__gte": place.latitude - lat_delta,
        "latitude__lte": place.latitude + lat_delta,
        "longitude__gte": place.longitude - lon_delta,
        "longitude__lte": place.longitude + lon_delta,
    }


def distance_km(place):
    """Great-circle distance (spherical law of cosines) from place to each row's coordinates."""
    lat = Radians(F("latitude"))
    centre_lat = math.radians(place.latitude)
    cosine = Value(math.cos(centre_lat)) * Cos(lat) * Cos(
        Radians(F("longitude")) - Value(math.radians(place.longitude))
    ) + Value(math.sin(centre_lat)) * Sin(lat)
    # Rounding can push the cosine a hair above 1 for the centre itself; ACOS would then fail.
    return Value(EARTH_RADIUS_KM) * ACos(Least(cosine, Value(1.0)), output_field=FloatField())
