// The Engagement-Finder one question per screen. Without this script every question shows on
// one page with one submit button; nothing here is needed to answer.
(function () {
    "use strict";

    var form = document.querySelector("[data-finder]");
    if (!form || document.querySelector(".error-summary")) {
        return; // with errors every question stays visible, next to its message
    }
    var steps = Array.prototype.slice.call(form.querySelectorAll("[data-finder-step]"));
    var progress = form.querySelector("[data-finder-progress]");
    var submit = form.querySelector("[data-finder-submit]");
    var current = 0;

    function button(text, action, primary) {
        var element = document.createElement("button");
        element.type = "button";
        element.className = primary ? "button button--primary" : "button";
        element.textContent = text;
        element.addEventListener("click", action);
        return element;
    }

    function clear(step) {
        step.querySelectorAll("input").forEach(function (input) {
            if (input.type === "checkbox") {
                input.checked = false;
            } else if (input.type === "radio") {
                input.checked = input.value === "";
            } else {
                input.value = "";
            }
        });
    }

    var nav = document.createElement("div");
    nav.className = "finder__nav";
    var back = button(form.dataset.textBack, function () { show(current - 1); });
    var skip = button(form.dataset.textSkip, function () {
        clear(steps[current]);
        show(current + 1);
    });
    var next = button(form.dataset.textNext, function () { show(current + 1); }, true);
    nav.appendChild(back);
    nav.appendChild(skip);
    nav.appendChild(next);
    submit.parentNode.insertBefore(nav, submit);

    function show(index, keepFocus) {
        var last = steps.length - 1;
        current = Math.max(0, Math.min(index, last));
        steps.forEach(function (step, position) {
            step.hidden = position !== current;
        });
        back.hidden = current === 0;
        next.hidden = current === last;
        skip.hidden = current === last;
        submit.hidden = current !== last;
        progress.hidden = false;
        progress.textContent = form.dataset.textProgress
            .replace("%(current)s", current + 1)
            .replace("%(total)s", steps.length);
        if (!keepFocus) {
            steps[current].querySelector(".finder__question").focus();
        }
    }

    var start = steps.findIndex(function (step) { return "#" + step.id === window.location.hash; });
    show(start < 0 ? 0 : start, true);
}());
