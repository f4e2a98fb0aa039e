"""Search over HTTP: the JSON API, the autocomplete and the HTML page share one form and service."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .events import search_answered
from .forms import RADIUS_CHOICES, SearchForm
from .page import search_page_context
from .serializers import search_json
from .service import load_opportunities, run_search
from .suggest import suggestions

JSON_OPTIONS = {"ensure_ascii": False}


def _errors(form):
    return {
        field: [str(message) for message in messages] for field, messages in form.errors.items()
    }


@require_GET
def opportunities_api(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": _errors(form)}, status=400, json_dumps_params=JSON_OPTIONS)
    query = form.to_query()
    outcome = run_search(query)
    search_answered.send(sender=SearchForm, query=query, count=outcome.count)
    pages = load_opportunities(outcome.ids)
    return JsonResponse(search_json(outcome, pages, query, request), json_dumps_params=JSON_OPTIONS)


@require_GET
def suggest_api(request):
    return JsonResponse(
        {"suggestions": suggestions(request.GET.get("q", ""), request)},
        json_dumps_params=JSON_OPTIONS,
    )


@require_GET
def search_page(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "radius_choices": RADIUS_CHOICES}
        return render(request, "search/search.html", context, status=400)
    query = form.to_query()
    outcome = run_search(query)
    search_answered.send(sender=SearchForm, query=query, count=outcome.count)
    pages = load_opportunities(outcome.ids)
    context = search_page_context(request, form, query, outcome, pages)
    return render(request, "search/search.html", context)
