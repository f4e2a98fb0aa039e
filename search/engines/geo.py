"""Distance in the database: a bounding box that an index can use, then the distance itself."""

import math

from django.db import connection
from django.db.models import ExpressionWrapper, F, FloatField, Value
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


def proximity(place, radius_km):
    """An expression that grows with the distance from place, and its value at radius_km.

    Used to filter and sort only; the distance people see is computed exactly in Python.
    """
    if connection.vendor == "sqlite":
        return _flat_distance_squared(place), radius_km * radius_km
    return _great_circle_km(place), radius_km


def _flat_distance_squared(place):
    """Squared equirectangular distance in km²: plain arithmetic, no square root.

    Within 200 km it is under 0.1 % off the great circle. SQLite builds without math functions
    get trigonometry from Django as Python callbacks, six per row, which took about 50 ms per
    query at 10,000 roles; this needs none.
    """
    km_per_degree = math.radians(1) * EARTH_RADIUS_KM
    lon_scale = math.cos(math.radians(place.latitude))
    north = (F("latitude") - Value(place.latitude)) * Value(km_per_degree)
    east = (F("longitude") - Value(place.longitude)) * Value(km_per_degree * lon_scale)
    return ExpressionWrapper(north * north + east * east, output_field=FloatField())


def _great_circle_km(place):
    """Great-circle distance (spherical law of cosines), native trigonometry on PostgreSQL."""
    lat = Radians(F("latitude"))
    centre_lat = math.radians(place.latitude)
    cosine = Value(math.cos(centre_lat)) * Cos(lat) * Cos(
        Radians(F("longitude")) - Value(math.radians(place.longitude))
    ) + Value(math.sin(centre_lat)) * Sin(lat)
    # Rounding can push the cosine a hair above 1 for the centre itself; ACOS would then fail.
    return Value(EARTH_RADIUS_KM) * ACos(Least(cosine, Value(1.0)), output_field=FloatField())
