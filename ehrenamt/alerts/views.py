"""Public views of search alerts: subscribe, confirm (POST only), open results, unsubscribe.

GET never changes anything but the "last opened" day: link scanners in mailboxes fetch every link
and must neither confirm nor unsubscribe anyone.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from ehrenamt.opportunities.models import OpportunityPage
from search.describe import describe

from .filters import search_form
from .forms import SubscriptionForm
from .mails import send_confirmation
from .models import SearchSubscription


@csrf_exempt
@require_POST
def subscribe(request):
    """The form under a search posts here; with errors it is shown again here, nothing lost.

    Without CSRF, so that /suche/ and the finder's answers set no cookie: a forged subscription
    only sends a confirmation mail, which nobody can confirm without the address's mailbox, and
    the form guard's limits per IP and per address still hold.
    """
    form = SubscriptionForm(request.POST, request=request)
    if form.is_valid():
        subscription = form.save()
        if not subscription.confirmed:
            send_confirmation(subscription, " · ".join(describe(form.search)))
        return redirect("alerts:sent")
    return render(request, "alerts/subscribe.html", {"form": form}, status=400)


def sent(request):
    return render(request, "alerts/sent.html")


def _subscription(token):
    return get_object_or_404(SearchSubscription, token=token)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    subscription = _subscription(token)
    if request.method == "POST" and not subscription.confirmed:
        subscription.confirm()
    context = {
        "subscription": subscription,
        "description": describe(search_form(subscription.query)),
        "search_url": reverse("search") + "?" + subscription.query,
    }
    return render(request, "alerts/confirm.html", context)


def results(request, token):
    """The digest's "all new matches" link: the search itself, newest first."""
    subscription = _subscription(token)
    subscription.mark_opened()
    separator = "&" if subscription.query else ""
    return redirect(reverse("search") + "?" + subscription.query + separator + "sort=newest")


def listing(request, token, page_id):
    subscription = _subscription(token)
    subscription.mark_opened()
    page = OpportunityPage.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return redirect(page.url)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here without a CSRF token.

    Forging that POST needs the secret token, which only the mail's recipient has.
    """
    subscription = SearchSubscription.objects.filter(token=token).first()
    if request.method == "POST":
        if subscription is not None:
            subscription.delete()
        return render(request, "alerts/unsubscribed.html")
    if subscription is None:
        return render(request, "alerts/unsubscribed.html")
    context = {"description": describe(search_form(subscription.query))}
    return render(request, "alerts/unsubscribe.html", context)
