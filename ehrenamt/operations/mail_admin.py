"""The outbox in the admin: staff see mails that wait or were given up, and send them again.

Mails hold personal data, so only who has the model's view permission (administrators) sees
them; nobody writes or edits one here, the portal does.
"""

import django_filters
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import OutgoingMail
from .outbox import resend_dead


class ReadOnlyPolicy(ModelPermissionPolicy):
    """View and delete as the user's permissions say; nobody adds or edits a stored mail."""

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


class OutgoingMailFilterSet(WagtailFilterSet):
    given_up = django_filters.BooleanFilter(
        label=_("Aufgegeben"), field_name="dead_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = OutgoingMail
        fields = []


class OutgoingMailViewSet(ModelViewSet):
    model = OutgoingMail
    icon = "mail"
    menu_label = _("Ausgehende E-Mails")
    add_to_settings_menu = True
    url_prefix = "ausgehende-mails"
    inspect_view_enabled = True
    inspect_view_fields = [
        "subject",
        "to",
        "created_at",
        "attempts",
        "next_attempt_at",
        "dead_at",
        "last_error",
        "body",
    ]
    list_display = [
        "subject",
        Column("to", label=_("An")),
        Column("state", label=_("Status")),
        "attempts",
        "last_error",
        "next_attempt_at",
    ]
    filterset_class = OutgoingMailFilterSet
    exclude_form_fields = []
    inspect_template_name = "operations/admin/outgoing_mail_inspect.html"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", self.resend_view, name="resend"),
        ]

    @property
    def resend_view(self):
        @require_POST
        def resend(request, pk):
            if not self.permission_policy.user_has_permission(request.user, "delete"):
                return redirect("wagtailadmin_home")
            stored = get_object_or_404(OutgoingMail, pk=pk)
            if resend_dead(OutgoingMail.objects.filter(pk=stored.pk)):
                messages.success(request, _("Die E-Mail wird erneut zugestellt."))
            return redirect(self.get_url_name("index"))

        return resend
