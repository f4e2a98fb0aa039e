"""Admin views: a club's inquiries, marking them answered, and the staff overview per club."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Avg, Count, F, Min, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from .access import can_oversee, can_read_inquiries, overseen_clubs, readable_inquiries

PER_PAGE = 50


def require_reader(request):
    if not can_read_inquiries(request.user):
        raise PermissionDenied


def index(request):
    require_reader(request)
    inquiries = readable_inquiries(request.user).select_related("club")
    if request.GET.get("status") == "open":
        inquiries = inquiries.unanswered()
    page = Paginator(inquiries, PER_PAGE).get_page(request.GET.get("p"))
    return render(request, "inquiries/admin/index.html", {"page_obj": page})


def detail(request, pk):
    require_reader(request)
    inquiry = get_object_or_404(readable_inquiries(request.user).select_related("club"), pk=pk)
    return render(request, "inquiries/admin/detail.html", {"inquiry": inquiry})


@require_POST
def mark_answered(request, pk):
    require_reader(request)
    inquiry = get_object_or_404(readable_inquiries(request.user), pk=pk)
    inquiry.mark_answered()
    messages.success(request, _("Die Anfrage ist als beantwortet markiert."))
    return redirect("inquiries_admin:detail", pk=inquiry.pk)


def overview(request):
    """Figures per club, without any volunteer's personal data."""
    if not can_oversee(request.user):
        raise PermissionDenied
    clubs = (
        overseen_clubs(request.user)
        .select_related("municipality")
        .annotate(
            total=Count("inquiries"),
            unanswered=Count(
                "inquiries",
                filter=Q(
                    inquiries__answered_at__isnull=True, inquiries__anonymised_at__isnull=True
                ),
            ),
            oldest_unanswered=Min(
                "inquiries__created_at", filter=Q(inquiries__answered_at__isnull=True)
            ),
            average_response=Avg(
                F("inquiries__answered_at") - F("inquiries__created_at"),
                filter=Q(inquiries__answered_at__isnull=False),
            ),
        )
        .order_by("-unanswered", "title")
    )
    page = Paginator(clubs, PER_PAGE).get_page(request.GET.get("p"))
    for club in page:
        average = club.average_response
        club.average_response_days = average.total_seconds() / 86400 if average else None
    return render(request, "inquiries/admin/overview.html", {"page_obj": page})
