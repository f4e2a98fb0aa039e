/*
 * The editor's point on the map (ehrenamt/regions/panels.py). The address gives the point; on
 * request a Leaflet map shows it, and the editor drags the marker, clicks the map or moves the
 * focused marker with the arrow keys to correct it. The corrected point goes into two hidden
 * fields; choosing another place, or "Punkt aus der Adresse übernehmen", empties them again.
 */
(function () {
    "use strict";

    // One arrow key press moves the marker about 50 m.
    var STEP = 0.0005;
    var KEY_MOVES = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

    function rounded(value) {
        return Math.round(value * 100000) / 100000;
    }

    function enhance(panel) {
        var form = panel.closest("form");
        var points = JSON.parse(document.getElementById(panel.dataset.points).textContent);
        var latitude = document.getElementById(panel.dataset.latitude);
        var longitude = document.getElementById(panel.dataset.longitude);
        var state = panel.querySelector("[data-point-state]");
        var showButton = panel.querySelector("[data-point-show]");
        var resetButton = panel.querySelector("[data-point-reset]");
        var canvas = panel.querySelector("[data-point-map]");
        var map = null;
        var marker = null;

        function place() {
            var input = form && form.querySelector("input[name=municipality]");
            return (input && points.places[input.value]) || null;
        }

        function isSet() {
            return latitude.value !== "" && longitude.value !== "";
        }

        function current() {
            if (isSet()) {
                return [parseFloat(latitude.value), parseFloat(longitude.value)];
            }
            var chosen = place();
            return chosen ? [chosen[0], chosen[1]] : null;
        }

        function describe() {
            var chosen = place();
            if (isSet()) {
                state.textContent = panel.dataset.textMoved;
            } else if (chosen) {
                state.textContent = panel.dataset.textAddress.replace("%(place)s", chosen[2]);
            } else {
                state.textContent = panel.dataset.textNone;
            }
            resetButton.hidden = !isSet();
        }

        function store(point) {
            latitude.value = rounded(point.lat);
            longitude.value = rounded(point.lng);
            describe();
        }

        function followAddress() {
            latitude.value = "";
            longitude.value = "";
            var point = current();
            if (marker && point) {
                marker.setLatLng(point);
                map.setView(point);
            }
            describe();
        }

        function moveByKey(event) {
            var move = KEY_MOVES[event.key];
            if (!move) {
                return;
            }
            // The map itself pans with the arrow keys; here they move the marker instead.
            event.preventDefault();
            event.stopPropagation();
            var at = marker.getLatLng();
            var lonStep = STEP / Math.cos((at.lat * Math.PI) / 180);
            var next = L.latLng(at.lat + move[0] * STEP, at.lng + move[1] * lonStep);
            marker.setLatLng(next);
            map.panTo(next);
            store(next);
        }

        function show() {
            var point = current();
            if (map || !point || typeof L === "undefined") {
                return;
            }
            canvas.hidden = false;
            showButton.hidden = true;
            map = L.map(canvas, { scrollWheelZoom: false }).setView(point, 14);
            L.tileLayer(panel.dataset.tileUrl, {
                maxZoom: 18,
                attribution: panel.dataset.attribution
            }).addTo(map);
            marker = L.marker(point, {
                draggable: true,
                keyboard: true,
                title: panel.dataset.textMarker,
                alt: panel.dataset.textMarker
            }).addTo(map);
            marker.on("dragend", function () {
                store(marker.getLatLng());
            });
            map.on("click", function (event) {
                marker.setLatLng(event.latlng);
                store(event.latlng);
            });
            marker.getElement().addEventListener("keydown", moveByKey);
            // The button is gone; keyboard users go on from the marker.
            marker.getElement().focus({ preventScroll: true });
        }

        panel.querySelector("[data-point-tools]").hidden = false;
        showButton.addEventListener("click", show);
        resetButton.addEventListener("click", followAddress);
        if (form) {
            // Wagtail's chooser announces a newly chosen place with a change event.
            form.addEventListener("change", function (event) {
                if (event.target.name === "municipality") {
                    followAddress();
                }
            });
        }
    }

    function start() {
        document.querySelectorAll("[data-point-panel]").forEach(enhance);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
