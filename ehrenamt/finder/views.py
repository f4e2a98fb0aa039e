"""/engagement-finder/: the questions, and the answer page. Answers live only in the query string
of GET requests: shareable, bookmarkable, nothing stored, no cookie."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from .forms import FinderForm
from .questions import ACCESSIBILITY, DAYTIMES, QUESTIONS, WEEKDAYS, WITH_WHOM
from .results import find
from .scoring import ANSWER_POINTS, DISTANCE_POINTS

EASY_PARAM = "leicht"


def _easy(request):
    return request.GET.get(EASY_PARAM) == "1"


def _time_grid(form):
    chosen = set(form["time"].value() or [])
    return [
        {
            "label": long,
            "cells": [
                {"value": f"{day}-{time}", "label": label, "checked": f"{day}-{time}" in chosen}
                for time, label in DAYTIMES
            ],
        }
        for day, long, _adverb in WEEKDAYS
    ]


# Where the error summary leads: the field itself, or the first option of a group.
FIELD_ANCHORS = {"near": "id_near", "age": "id_age", "radius": "id_radius", "time": "frage-when"}


def _field_errors(form):
    return [
        (FIELD_ANCHORS.get(name, f"id_{name}_0"), form.fields[name].label, error)
        for name, errors in form.errors.items()
        if name in form.fields
        for error in errors
    ]


def _questions_context(request, form):
    return {
        "form": form,
        "field_errors": _field_errors(form) if form.is_bound else [],
        "questions": QUESTIONS,
        "easy": _easy(request),
        "time_grid": _time_grid(form),
        "daytimes": DAYTIMES,
        "with_whom": WITH_WHOM,
        "accessibility_easy": {key: easy for key, _label, easy in ACCESSIBILITY},
    }


@require_GET
def questions(request):
    """All questions in one GET form; finder.js shows them one at a time."""
    form = FinderForm(request.GET or None)
    if form.is_bound:
        # Coming back to change answers: the answers fill the form, errors are shown at once.
        form.is_valid()
    return render(request, "finder/questions.html", _questions_context(request, form))


def _without_params(params, names):
    kept = params.copy()
    for name in names:
        kept.pop(name, None)
    return kept.urlencode()


@require_GET
def answers(request):
    form = FinderForm(request.GET)
    if not form.is_valid():
        context = _questions_context(request, form)
        return render(request, "finder/questions.html", context, status=400)
    answer = find(form)
    params = request.GET.copy()
    search_params = form.search_params()
    results_url = reverse("finder:answers")
    context = {
        "form": form,
        "answer": answer,
        "easy": _easy(request),
        "change_url": reverse("finder:questions") + "?" + params.urlencode(),
        "search_url": reverse("search") + "?" + search_params.urlencode(),
        "search_params": search_params,
        "loosenings": [
            {
                "question": loosening.question,
                "extra": loosening.extra,
                "url": results_url + "?" + _without_params(params, loosening.question.params),
            }
            for loosening in answer.loosenings
        ],
        "answer_points": ANSWER_POINTS,
        "distance_points": DISTANCE_POINTS,
    }
    return render(request, "finder/answers.html", context)
