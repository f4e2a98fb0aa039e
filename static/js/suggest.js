/*
 * Autocomplete for the search box (ARIA 1.2 combobox with a listbox popup).
 * Progressive enhancement: without this script the search form works as a plain GET form.
 * Arrow keys move through the suggestions, Enter opens the chosen one, Escape closes the list.
 */
(function () {
    "use strict";

    // German defaults; the page passes the texts in its language as data-text-* attributes.
    var DEFAULT_TEXTS = {
        opportunity: "Angebot",
        club: "Verein",
        category: "Engagementbereich",
        municipality: "Ort",
        list: "Vorschläge",
        count: "%(count)s Vorschläge. Mit den Pfeiltasten auswählen."
    };

    function text(input, name) {
        return input.getAttribute("data-text-" + name) || DEFAULT_TEXTS[name];
    }
    var DELAY_MS = 200;

    function enhance(input) {
        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        var status = document.createElement("p");
        var timer = null;
        var items = [];
        var active = -1;
        var lastQuery = "";

        list.id = listId;
        list.className = "suggest__list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", text(input, "list"));
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.insertAdjacentElement("afterend", list);
        list.insertAdjacentElement("afterend", status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            var options = list.querySelectorAll("[role=option]");
            active = index;
            options.forEach(function (option, position) {
                option.setAttribute("aria-selected", position === index ? "true" : "false");
            });
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(suggestions) {
            items = suggestions;
            list.textContent = "";
            suggestions.forEach(function (suggestion, index) {
                var option = document.createElement("li");
                var kind = document.createElement("span");
                option.id = listId + "-" + index;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "suggest__option";
                option.textContent = suggestion.label + " ";
                kind.className = "suggest__kind";
                kind.textContent = "(" + (text(input, suggestion.kind) || "") + ")";
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = suggestion.url;
                });
                list.appendChild(option);
            });
            if (suggestions.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                status.textContent = text(input, "count").replace("%(count)s", suggestions.length);
            } else {
                close();
                status.textContent = "";
            }
            active = -1;
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) {
                return;
            }
            lastQuery = query;
            if (query.length < 2) {
                render([]);
                return;
            }
            var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
            fetch(url, { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        render(data.suggestions || []);
                    }
                })
                .catch(function () { render([]); });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                highlight((active + 1) % items.length);
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = items[active].url;
            } else if (event.key === "Escape") {
                event.preventDefault();
                close();
            }
        });

        input.addEventListener("blur", close);
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
}());
