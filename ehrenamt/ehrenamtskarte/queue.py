"""The staff's queue in the Wagtail admin: a list filtered by state and one page per application.

Only the authority's staff group sees its applications (access.py); the list and the page read
from that queryset, so another authority's application answers 404. Deciding and issuing happen
on the application's page, by POST, through workflow.py.
"""

from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from . import workflow
from .access import readable_applications
from .forms import DecisionForm, IssueForm
from .models import CardApplication

State = CardApplication.State


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        return (
            readable_applications(self.request.user)
            .select_related("authority", "municipality")
            .annotate(engagement_count=Count("engagements"))
        )

    # Applications change only through their decisions, never through a generic edit form.
    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None


class ApplicationView(InspectView):
    template_name = "ehrenamtskarte/admin/application.html"

    def get_object(self, queryset=None):
        applications = readable_applications(self.request.user).select_related(
            "authority", "municipality", "decided_by"
        )
        return get_object_or_404(applications, pk=self.pk)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        engagements = list(application.engagements.select_related("club"))
        context.update(
            application=application,
            engagements=engagements,
            rules=application.rule_check(),
            decision_form=kwargs.get("decision_form") or DecisionForm(),
            issue_form=kwargs.get("issue_form")
            or IssueForm(initial={"valid_until": application.default_valid_until()}),
            can_decide=application.state == State.READY,
            can_issue=application.state == State.APPROVED,
        )
        return context

    def post(self, request, *args, **kwargs):
        application = self.object
        if "decide" in request.POST and application.state == State.READY:
            form = DecisionForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(decision_form=form))
            approve = form.cleaned_data["decision"] == "approve"
            workflow.decide(
                application, approve=approve, reason=form.cleaned_data["reason"], user=request.user
            )
            messages.success(
                request,
                _("Der Antrag ist bewilligt.") if approve else _("Der Antrag ist abgelehnt."),
            )
        elif "issue" in request.POST and application.state == State.APPROVED:
            form = IssueForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(issue_form=form))
            workflow.issue(application, **form.cleaned_data)
            messages.success(request, _("Die Karte ist als ausgestellt eingetragen."))
        else:
            messages.error(request, _("Dieser Schritt passt nicht zum Stand des Antrags."))
        return redirect(request.path)


class CardApplicationViewSet(ModelViewSet):
    model = CardApplication
    icon = "form"
    menu_label = gettext_lazy("Ehrenamts-Card")
    menu_order = 230
    add_to_admin_menu = True
    url_prefix = "ehrenamtskarte/antraege"
    name = "ehrenamtskarte_applications"
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "__str__",
        "authority",
        "state",
        Column("engagement_count", label=gettext_lazy("Engagements")),
        "created_at",
    ]
    list_filter = ["state"]
    list_per_page = 50
    form_fields = ["decision_reason"]

    def get_urlpatterns(self):
        kept = {"index", "index_results", "inspect"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in kept]
