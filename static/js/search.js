/*
 * The search page's filter panel is a <details> element: closed on small screens behind its
 * "Filter (n)" button, always open beside the results on wide ones. CSS shows it there even
 * when closed (::details-content); this opens it for browsers without that.
 */
(function () {
    "use strict";
    var filters = document.getElementById("filter");
    var wide = window.matchMedia("(min-width: 60em)");
    if (filters && wide.matches) {
        filters.open = true;
    }
}());
