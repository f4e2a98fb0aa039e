"""Public views: sending an inquiry, and a volunteer's request to delete it."""

from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from ehrenamt.opportunities.models import OpportunityPage

from .forms import InquiryForm
from .models import Inquiry
from .notifications import inquiry_for_deletion_token, notify_new_inquiry


@require_http_methods(["GET", "POST"])
def inquire(request, opportunity_id):
    """Without JavaScript the opportunity page's form posts here; errors are shown here too."""
    # A partner listing whose source takes inquiries only itself links there instead of to this
    # form; the lookup follows crosslisting's relation by name, so this app imports nothing of it.
    open_to_inquiries = OpportunityPage.objects.current().exclude(
        imported__source__accepts_inquiries=False
    )
    opportunity = get_object_or_404(open_to_inquiries.select_related("club"), pk=opportunity_id)
    form = InquiryForm(request.POST or None, request=request)
    sent_page = redirect("inquiries:sent", opportunity_id=opportunity.pk)
    if request.method == "POST":
        key = form.submission_key()
        # Checked before the form: a repeat must neither store nor count against the limits.
        if key and Inquiry.objects.filter(submission_key=key).exists():
            return sent_page
        if form.is_valid():
            inquiry = form.save(commit=False)
            inquiry.opportunity = opportunity
            inquiry.club = opportunity.club
            inquiry.opportunity_title = opportunity.title
            inquiry.consent_at = timezone.now()
            inquiry.submission_key = key
            try:
                with transaction.atomic():
                    inquiry.save()
                    notify_new_inquiry(inquiry, opportunity)
            except IntegrityError:
                # The same form sent twice at the same moment: the other request stored it.
                return sent_page
            form.record_submission()
            return sent_page
    return render(
        request, "inquiries/inquiry_page.html", {"opportunity": opportunity, "form": form}
    )


def sent(request, opportunity_id):
    opportunity = get_object_or_404(OpportunityPage.objects.live(), pk=opportunity_id)
    return render(request, "inquiries/sent.html", {"opportunity": opportunity})


@require_http_methods(["GET", "POST"])
def delete(request, token):
    """GET asks, POST erases: link scanners in mailboxes must not delete anything."""
    inquiry = inquiry_for_deletion_token(token)
    if inquiry is None:
        raise Http404
    erased = inquiry.anonymised_at is not None
    if request.method == "POST" and not erased:
        inquiry.erase_personal_data()
        erased = True
    return render(request, "inquiries/delete.html", {"erased": erased})
