"""Public views: the application form, the applicant's e-mail check and the organisations' answer.

Links in e-mails only show a page; what they change happens on POST, so mailbox link scanners
change nothing.
"""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from ehrenamt.clubs.models import ClubPage

from . import workflow
from .forms import MAX_ENGAGEMENTS, ApplicationForm, EngagementFormSet, OrganisationAnswerForm
from .links import application_for_email_token, application_for_reapply_token, engagement_for_token
from .models import CardApplication, EhrenamtskartePage, Engagement

PREFIX = "engagement"
APPLICANT_FIELDS = ["first_name", "last_name", "birth_date", "street_address", "postcode", "email"]
ENGAGEMENT_FIELDS = ["club", "organisation", "contact_email", "activity", "since", "hours_per_week"]


def club_choices():
    return ClubPage.objects.live().select_related("municipality").order_by("title")


def typed_rows(data):
    """The engagement rows as typed, to show them again with one more empty row."""
    try:
        total = int(data.get(f"{PREFIX}-TOTAL_FORMS", 1))
    except ValueError:
        total = 1
    return [
        {name: data.get(f"{PREFIX}-{index}-{name}", "") for name in ENGAGEMENT_FIELDS}
        for index in range(max(1, min(total, MAX_ENGAGEMENTS)))
    ]


def reapplication(token):
    """Initial values from an earlier application, for the link in the expiry reminder."""
    earlier = application_for_reapply_token(token) if token else None
    if earlier is None:
        return {}, []
    applicant = {name: getattr(earlier, name) for name in APPLICANT_FIELDS}
    applicant["birth_date"] = earlier.birth_date.strftime("%d.%m.%Y")
    rows = [
        {
            "club": engagement.club_id,
            "organisation": "" if engagement.club_id else engagement.organisation,
            "contact_email": "" if engagement.club_id else engagement.contact_email,
            "activity": engagement.activity,
            "since": engagement.counted_since.strftime("%m.%Y"),
        }
        for engagement in earlier.engagements.all()
    ]
    return applicant, rows


def render_form(request, form, formset):
    return render(
        request,
        "ehrenamtskarte/apply.html",
        {
            "form": form,
            "formset": formset,
            "can_add": len(formset.forms) < MAX_ENGAGEMENTS,
            "page": EhrenamtskartePage.objects.live().first(),
        },
    )


@require_http_methods(["GET", "POST"])
def apply(request):
    clubs = club_choices()
    if request.method == "GET":
        applicant, rows = reapplication(request.GET.get("erneut"))
        form = ApplicationForm(initial=applicant, request=request)
        return render_form(
            request, form, EngagementFormSet(initial=rows, prefix=PREFIX, clubs=clubs)
        )

    if "add_engagement" in request.POST:
        # Without JavaScript a further engagement row comes from the server; nothing is checked yet.
        form = ApplicationForm(initial=request.POST.dict(), request=request)
        rows = [*typed_rows(request.POST), {}]
        formset = EngagementFormSet(initial=rows[:MAX_ENGAGEMENTS], prefix=PREFIX, clubs=clubs)
        return render_form(request, form, formset)

    form = ApplicationForm(request.POST, request=request)
    formset = EngagementFormSet(request.POST, prefix=PREFIX, clubs=clubs)
    form_valid = form.is_valid()
    if not (formset.is_valid() and form_valid):
        return render_form(request, form, formset)
    data = form.cleaned_data
    application = CardApplication(
        authority=form.area.authority,
        municipality=form.area.municipality,
        **{name: data[name] for name in APPLICANT_FIELDS},
    )
    workflow.submit(application, formset.engagements())
    form.record_submission()
    return redirect("ehrenamtskarte:sent")


def sent(request):
    return render(request, "ehrenamtskarte/sent.html")


def invalid_link(request):
    return render(request, "ehrenamtskarte/invalid_link.html", status=404)


@require_http_methods(["GET", "POST"])
def confirm_email(request, token):
    application = application_for_email_token(token)
    if application is None:
        return invalid_link(request)
    waiting = application.state == CardApplication.State.EMAIL
    if request.method == "POST" and waiting:
        workflow.confirm_email(application)
        return render(request, "ehrenamtskarte/email_confirmed.html", {"application": application})
    template = "ehrenamtskarte/confirm_email.html" if waiting else "ehrenamtskarte/used_link.html"
    return render(request, template, {"application": application}, status=200 if waiting else 410)


@require_http_methods(["GET", "POST"])
def organisation(request, token):
    engagement = engagement_for_token(token)
    if engagement is None:
        return invalid_link(request)
    open_states = (CardApplication.State.CLUBS, CardApplication.State.READY)
    if engagement.is_answered or engagement.application.state not in open_states:
        return render(request, "ehrenamtskarte/used_link.html", status=410)
    form = OrganisationAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        workflow.answer(
            engagement,
            data["answer"],
            hours_per_week=data["hours_per_week"],
            since=data["since"],
            note=data["note"],
        )
        return render(
            request,
            "ehrenamtskarte/answered.html",
            {"declined": data["answer"] == Engagement.Answer.DECLINED},
        )
    return render(
        request,
        "ehrenamtskarte/organisation.html",
        {"engagement": engagement, "applicant": engagement.application.full_name, "form": form},
    )
