/*
 * Autocomplete for search and place fields (ARIA 1.2 combobox with a listbox popup).
 * Progressive enhancement: without this script every field is a plain text field of a GET form.
 * Arrow keys move through the suggestions, Enter takes the chosen one, Escape closes the list.
 * A search suggestion opens its page; a place suggestion (data-suggest-kind="place") fills in
 * the field.
 */
(function () {
    "use strict";

    // German defaults; the page passes the texts in its language as data-text-* attributes.
    var DEFAULT_TEXTS = {
        opportunity: "Angebot",
        club: "Verein",
        category: "Engagementbereich",
        municipality: "Ort",
        place: "Ort",
        list: "Vorschläge",
        count: "%(count)s Vorschläge. Mit den Pfeiltasten auswählen.",
        none: "Keine Vorschläge"
    };
    var DELAY_MS = 200;

    function text(input, name) {
        return input.getAttribute("data-text-" + name) || DEFAULT_TEXTS[name] || "";
    }

    function enhance(input) {
        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        var status = document.createElement("p");
        var kind = input.getAttribute("data-suggest-kind") || "";
        var timer = null;
        var items = [];
        var active = -1;
        var lastQuery = "";

        input.parentElement.classList.add("suggest");
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
                var chosen = position === index;
                option.setAttribute("aria-selected", chosen ? "true" : "false");
                option.classList.toggle("suggest__option--active", chosen);
                if (chosen) {
                    option.scrollIntoView({ block: "nearest" });
                }
            });
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function choose(suggestion) {
            if (suggestion.url) {
                window.location.href = suggestion.url;
                return;
            }
            input.value = suggestion.value;
            lastQuery = input.value.trim();
            close();
        }

        function render(suggestions) {
            items = suggestions;
            list.textContent = "";
            suggestions.forEach(function (suggestion, index) {
                var option = document.createElement("li");
                var label = document.createElement("span");
                option.id = listId + "-" + index;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "suggest__option";
                label.className = "suggest__label";
                label.textContent = suggestion.label;
                option.appendChild(label);
                if (suggestion.detail) {
                    var detail = document.createElement("span");
                    detail.className = "suggest__detail";
                    detail.textContent = suggestion.detail;
                    option.appendChild(detail);
                }
                if (!kind) {
                    var tag = document.createElement("span");
                    tag.className = "suggest__kind";
                    tag.textContent = text(input, suggestion.kind);
                    option.appendChild(tag);
                }
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    choose(suggestion);
                });
                list.appendChild(option);
            });
            active = -1;
            if (suggestions.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                status.textContent = text(input, "count").replace("%(count)s", suggestions.length);
            } else {
                close();
                status.textContent = lastQuery.length >= 2 ? text(input, "none") : "";
            }
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
            var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
            if (kind) {
                url += "&kind=" + encodeURIComponent(kind);
            }
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
            if (list.hidden || !items.length) {
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
                choose(items[active]);
            } else if (event.key === "Escape") {
                event.preventDefault();
                close();
            }
        });

        input.addEventListener("blur", close);
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
}());
