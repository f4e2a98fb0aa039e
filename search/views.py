"""Search over HTTP: the JSON API, the autocomplete and the HTML page share one form and service."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .events import search_answered
from .forms import RADIUS_CHOICES, SearchForm
from .page import place_links, search_page_context, word_suggestion_link
from .serializers import search_json
from .service import load_opportunities, load_positions, run_search, word_suggestion
from .suggest import place_suggestions, suggestions

JSON_OPTIONS = {"ensure_ascii": False}


def _errors(form):
    return {
        field: [str(message) for message in messages] for field, messages in form.errors.items()
    }


def _search(form, load=load_opportunities):
    query = form.to_query()
    outcome = run_search(query)
    search_answered.send(sender=SearchForm, query=query, count=outcome.count)
    return query, outcome, load(outcome.ids), word_suggestion(query, outcome)


@require_GET
def opportunities_api(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        answer = {"errors": _errors(form)}
        if form.place_suggestions:
            answer["did_you_mean"] = {"near": [place.name for place in form.place_suggestions]}
        return JsonResponse(answer, status=400, json_dumps_params=JSON_OPTIONS)
    query, outcome, pages, suggestion = _search(form)
    answer = search_json(outcome, pages, query, request)
    if suggestion:
        answer["did_you_mean"] = {"q": suggestion}
    if form.other_places:
        answer["other_places"] = [
            {"slug": place.slug, "name": place.name} for place in form.other_places
        ]
    return JsonResponse(answer, json_dumps_params=JSON_OPTIONS)


@require_GET
def suggest_api(request):
    text = request.GET.get("q", "")
    found = place_suggestions(text) if request.GET.get("kind") == "place" else None
    return JsonResponse(
        {"suggestions": found if found is not None else suggestions(text, request)},
        json_dumps_params=JSON_OPTIONS,
    )


@require_GET
def search_page(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        context = {
            "form": form,
            "radius_choices": RADIUS_CHOICES,
            "params": request.GET,
            "place_links": place_links(request.GET.copy(), form.place_suggestions),
        }
        return render(request, "search/search.html", context, status=400)
    query, outcome, pages, suggestion = _search(form, load=load_positions)
    context = search_page_context(request, form, query, outcome, pages)
    context["word_suggestion"] = word_suggestion_link(request.GET.copy(), suggestion)
    return render(request, "search/search.html", context)
