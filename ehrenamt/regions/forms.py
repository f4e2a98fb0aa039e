"""The address part of the page editors: postcode and place must agree, a dragged point stays near.

The address is what editors type; the point on the map follows it (point.py) unless the editor
drags the marker, which posts the point in two hidden fields. Without JavaScript those fields
carry the stored point back unchanged, so a point that was not moved while the place or postcode
changed is dropped: it belonged to the old address.
"""

from django.utils.translation import gettext as _

from .point import check_postcode, distance_km, is_near

ADDRESS_FIELDS = ("municipality", "postcode")
POINT_FIELDS = ("exact_latitude", "exact_longitude")


class AddressFormMixin:
    """For page forms of Located pages; put it before the Wagtail page form in the bases."""

    def clean(self):
        cleaned = super().clean()
        if not all(name in self.fields for name in (*ADDRESS_FIELDS, *POINT_FIELDS)):
            return cleaned
        municipality = cleaned.get("municipality")
        postcode = cleaned.get("postcode")
        if municipality and postcode:
            self.check_postcode(postcode, municipality)
        if self.address_moved() and not self.point_moved():
            for name in POINT_FIELDS:
                cleaned[name] = None
        latitude, longitude = (cleaned.get(name) for name in POINT_FIELDS)
        if municipality and latitude is not None and longitude is not None:
            self.check_point(municipality, latitude, longitude)
        return cleaned

    def check_postcode(self, postcode, municipality):
        result = check_postcode(postcode, municipality)
        if not result.fits:
            self.add_error(
                "postcode",
                _(
                    "Die Postleitzahl %(postcode)s gehört zu %(places)s, nicht zu %(place)s. "
                    "Bitte prüfen Sie Postleitzahl und Ort."
                )
                % {
                    "postcode": postcode,
                    "places": ", ".join(place.name for place in result.places),
                    "place": municipality.name,
                },
            )

    def check_point(self, municipality, latitude, longitude):
        if is_near(municipality, latitude, longitude):
            return
        self.add_error(
            "exact_latitude",
            _(
                "Der Punkt auf der Karte liegt %(distance)d km von %(place)s entfernt. Bitte "
                "ziehen Sie die Markierung nach %(place)s oder übernehmen Sie den Punkt aus der "
                "Adresse."
            )
            % {
                "distance": round(
                    distance_km(municipality.latitude, municipality.longitude, latitude, longitude)
                ),
                "place": municipality.name,
            },
        )

    def address_moved(self):
        return any(self.has_changed_value(name) for name in ADDRESS_FIELDS)

    def point_moved(self):
        return any(self.has_changed_value(name) for name in POINT_FIELDS)

    def has_changed_value(self, name):
        """Whether the posted value differs from the one the form started with."""
        initial = self.initial.get(name)
        value = self.cleaned_data.get(name)
        return (getattr(initial, "pk", initial) or None) != (getattr(value, "pk", value) or None)
