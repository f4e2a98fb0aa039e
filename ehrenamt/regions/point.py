"""The point on the map of an address, from the reference data alone (there is no geocoder).

The reference data knows each municipality's centre and which postcodes belong to it, so an
address gets its point from its postcode's municipality; a point the editor drags on the map must
stay near that municipality.
"""

import math
from dataclasses import dataclass

from .models import Municipality

EARTH_RADIUS_KM = 6371.0
# How far a dragged point may lie from the centre of its municipality: the larger towns of the
# region (Mannheim, Heidelberg, Ludwigshafen) reach about 12 km from their centre.
MAX_DISTANCE_KM = 20.0


@dataclass(frozen=True)
class PostcodeCheck:
    """Whether a postcode fits a municipality, and which places it belongs to if not."""

    fits: bool
    places: tuple[Municipality, ...] = ()


def distance_km(latitude, longitude, other_latitude, other_longitude):
    """Great-circle distance between two points in kilometres."""
    lat1, lat2 = math.radians(latitude), math.radians(other_latitude)
    delta_lat = lat2 - lat1
    delta_lon = math.radians(other_longitude - longitude)
    chord = (
        math.sin(delta_lat / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin(delta_lon / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(chord, 1.0)))


def check_postcode(postcode, municipality):
    """A postcode the reference data gives to other places only does not fit; unknown ones do."""
    places = tuple(Municipality.objects.filter(postcodes__code=postcode).distinct())
    if not places or municipality in places:
        return PostcodeCheck(True)
    return PostcodeCheck(False, places)


def is_near(municipality, latitude, longitude):
    return distance_km(municipality.latitude, municipality.longitude, latitude, longitude) <= (
        MAX_DISTANCE_KM
    )


def reference_points():
    """What the editor's map needs to follow the address: each place's centre and name."""
    return {
        "places": {
            str(pk): [latitude, longitude, name]
            for pk, latitude, longitude, name in Municipality.objects.values_list(
                "pk", "latitude", "longitude", "name"
            )
        }
    }
