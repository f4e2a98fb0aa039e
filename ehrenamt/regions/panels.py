"""The editor's point on the map: two hidden fields and a map on request, instead of raw numbers.

The address stays the main input; the panel says where the point comes from. With JavaScript a
button opens a small Leaflet map (tiles only from settings.MAP_TILE_URL, which the admin's
Content-Security-Policy allows) whose marker can be dragged, or moved with the arrow keys, to
correct the point; static/js/point_map.js writes it into the hidden fields.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from ehrenamt.operations.headers import tile_origin

from .models import Municipality
from .point import reference_points


class PointPanel(Panel):
    def __init__(self, latitude="exact_latitude", longitude="exact_longitude", **kwargs):
        kwargs.setdefault("heading", _("Punkt auf der Karte"))
        super().__init__(**kwargs)
        self.latitude = latitude
        self.longitude = longitude

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(latitude=self.latitude, longitude=self.longitude)
        return kwargs

    def get_form_options(self):
        names = [self.latitude, self.longitude]
        return {
            "fields": names,
            "widgets": dict.fromkeys(names, forms.HiddenInput),
            "defer_required_on_fields": names,
        }

    class BoundPanel(Panel.BoundPanel):
        template_name = "regions/point_panel.html"

        class Media:
            css = {"all": ["vendor/leaflet/leaflet.css", "css/point_map.css"]}
            js = ["vendor/leaflet/leaflet.js", "js/point_map.js"]

        def is_shown(self):
            return self.form is not None and self.panel.latitude in self.form.fields

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            latitude = self.form[self.panel.latitude]
            longitude = self.form[self.panel.longitude]
            context.update(
                latitude=latitude,
                longitude=longitude,
                errors=[*latitude.errors, *longitude.errors],
                dragged=latitude.value() not in (None, ""),
                municipality=self.chosen_place(),
                points=reference_points(),
                points_id=f"{self.prefix}-points",
                tile_url=settings.MAP_TILE_URL,
                tile_host=tile_origin(),
                attribution=settings.MAP_TILE_ATTRIBUTION or _("Kartendaten"),
            )
            return context

        def chosen_place(self):
            """The place the form holds (posted, or the one it starts with), if it is one."""
            field = self.form.fields.get("municipality")
            value = self.form["municipality"].value() if field else None
            if not str(value or "").isdigit():
                return None
            return Municipality.objects.filter(pk=value).first()
