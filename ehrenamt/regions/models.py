"""Where things are: states, districts and municipalities of the Metropolregion Rhein-Neckar."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

POSTCODE_PATTERN = re.compile(r"^\d{5}$")


class State(models.Model):
    code = models.CharField(_("Kürzel"), max_length=2, unique=True)
    name = models.CharField(_("Name"), max_length=100)
    slug = models.SlugField(_("Kurzname in URLs"), unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Bundesland")
        verbose_name_plural = _("Bundesländer")

    def __str__(self):
        return self.name


class District(models.Model):
    class Kind(models.TextChoices):
        DISTRICT = "district", _("Landkreis")
        CITY = "city", _("Kreisfreie Stadt")

    name = models.CharField(_("Name"), max_length=100)
    slug = models.SlugField(_("Kurzname in URLs"), unique=True)
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    state = models.ForeignKey(
        State, on_delete=models.PROTECT, related_name="districts", verbose_name=_("Bundesland")
    )
    ags = models.CharField(_("Kreisschlüssel"), max_length=5, blank=True)
    phrase = models.CharField(
        _("Wendung mit Artikel"),
        max_length=120,
        blank=True,
        help_text=_("Wie man „in …“ sagt, z. B. „im Kreis Bergstraße“ oder „in Mannheim“."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kreis")
        verbose_name_plural = _("Kreise und kreisfreie Städte")

    def __str__(self):
        return self.name

    @property
    def in_phrase(self):
        """ "im Kreis Bergstraße": what follows "Ehrenamt" in a heading."""
        return self.phrase or f"in {self.name}"


class MunicipalityQuerySet(models.QuerySet):
    def for_postcode(self, postcode):
        """The municipality a German postcode belongs to, or None."""
        postcode = (postcode or "").strip()
        if not POSTCODE_PATTERN.match(postcode):
            return None
        return self.filter(postcodes__code=postcode).select_related("district__state").first()


class Municipality(models.Model):
    name = models.CharField(_("Name"), max_length=100)
    slug = models.SlugField(_("Kurzname in URLs"), unique=True)
    kind = models.CharField(
        _("Art"), max_length=50, blank=True, help_text=_("z. B. Stadt, Gemeinde")
    )
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("Kreis")
    )
    latitude = models.FloatField(_("Breitengrad"), help_text=_("Mittelpunkt des Ortes"))
    longitude = models.FloatField(_("Längengrad"), help_text=_("Mittelpunkt des Ortes"))
    ags = models.CharField(_("Amtlicher Gemeindeschlüssel"), max_length=8, blank=True)
    area_code = models.CharField(
        _("Telefonvorwahl"), max_length=6, blank=True, help_text=_("z. B. 06251")
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")

    def __str__(self):
        return self.name

    @property
    def state(self):
        return self.district.state


class Postcode(models.Model):
    """A postcode of a municipality; a municipality has one or many."""

    code = models.CharField(_("Postleitzahl"), max_length=5, db_index=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="postcodes", verbose_name=_("Ort")
    )

    class Meta:
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "municipality"], name="unique_postcode_per_place"
            )
        ]
        verbose_name = _("Postleitzahl")
        verbose_name_plural = _("Postleitzahlen")

    def __str__(self):
        return f"{self.code} {self.municipality.name}"


class Located(models.Model):
    """An address in one of our municipalities; pages that sit somewhere inherit it."""

    street_address = models.CharField(
        _("Straße und Hausnummer"), max_length=200, blank=True, help_text=_("z. B. Hauptstraße 12")
    )
    postcode = models.CharField(_("Postleitzahl"), max_length=5, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Ort"),
        help_text=_("Der Ort, in dem das Engagement stattfindet bzw. der Verein seinen Sitz hat."),
    )
    exact_latitude = models.FloatField(
        _("Breitengrad"),
        null=True,
        blank=True,
        help_text=_("Optional, z. B. 49.681. Leer lassen, dann gilt der Ortsmittelpunkt."),
    )
    exact_longitude = models.FloatField(
        _("Längengrad"), null=True, blank=True, help_text=_("Optional, z. B. 8.617.")
    )
    # What searches by radius use: the exact point if given, else the town centre.
    latitude = models.FloatField(editable=False, null=True, db_index=True)
    longitude = models.FloatField(editable=False, null=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.latitude, self.longitude = self.coordinates()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.postcode and not POSTCODE_PATTERN.match(self.postcode):
            raise ValidationError(
                {"postcode": _("Bitte eine fünfstellige Postleitzahl eingeben, z. B. 64625.")}
            )
        if (self.exact_latitude is None) != (self.exact_longitude is None):
            raise ValidationError(
                {
                    "exact_longitude": _(
                        "Bitte Breiten- und Längengrad zusammen angeben oder beide leer lassen."
                    )
                }
            )
        if self.exact_latitude is not None and not (
            -90 <= self.exact_latitude <= 90 and -180 <= self.exact_longitude <= 180
        ):
            raise ValidationError({"exact_latitude": _("Diese Koordinaten gibt es nicht.")})

    def coordinates(self):
        if self.exact_latitude is not None and self.exact_longitude is not None:
            return self.exact_latitude, self.exact_longitude
        if self.municipality_id:
            return self.municipality.latitude, self.municipality.longitude
        return None, None
