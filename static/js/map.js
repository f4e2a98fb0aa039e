/*
 * Draws the opportunity map with Leaflet (served from our own static files) once the person has
 * asked for it. Each marker links to its opportunity; the list on the page stays the main view.
 */
(function () {
    "use strict";

    function draw(canvas) {
        var data = document.getElementById(canvas.getAttribute("data-markers"));
        var markers = data ? JSON.parse(data.textContent) : [];
        if (!markers.length || typeof L === "undefined") {
            return;
        }
        var map = L.map(canvas, { scrollWheelZoom: false });
        L.tileLayer(canvas.getAttribute("data-tile-url"), {
            maxZoom: 18,
            attribution: canvas.getAttribute("data-attribution")
        }).addTo(map);
        var bounds = [];
        markers.forEach(function (marker) {
            var link = document.createElement("a");
            link.href = marker.url;
            link.textContent = marker.title;
            L.marker([marker.lat, marker.lon], { title: marker.title, alt: marker.title })
                .bindPopup(link)
                .addTo(map);
            bounds.push([marker.lat, marker.lon]);
        });
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
    }

    document.querySelectorAll(".opportunity-map__canvas").forEach(draw);
})();
