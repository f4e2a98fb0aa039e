"""Inquiries in the Wagtail admin: a club's own list and pages, and the staff's figures per club.

The list and the pages read from readable_inquiries(), so another club's inquiry answers 404.
Nobody adds, edits or deletes an inquiry here; a club only marks it answered.
"""

import django_filters
from django.db.models import Avg, Count, F, Min, Q
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import BaseOperationView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet

from ehrenamt.operations.reports import ReportViewSet
from ehrenamt.operations.spreadsheets import safe_export_preprocess

from .access import (
    can_oversee,
    overseen_clubs,
    readable_inquiries,
)
from .models import Inquiry


class InquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("open", _("offen")), ("answered", _("beantwortet"))],
        empty_label=_("Alle"),
        method="filter_status",
    )

    class Meta:
        model = Inquiry
        fields = ["created_at"]

    def filter_status(self, queryset, name, value):
        if value == "open":
            return queryset.unanswered()
        return queryset.filter(answered_at__isnull=False)


class InquiryIndexView(IndexView):
    # Names and messages come from the public form.
    custom_value_preprocess = safe_export_preprocess(IndexView.custom_value_preprocess)

    def get_base_queryset(self):
        return readable_inquiries(self.request.user).select_related("club")


class InquiryView(InspectView):
    template_name = "inquiries/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(readable_inquiries(self.request.user), pk=self.pk)

    # Wagtail shows a date and time as stored (UTC); the club reads local time.
    def get_created_at_display_value(self):
        return timezone.localtime(self.object.created_at)

    def get_email_display_value(self):
        return format_html('<a href="mailto:{0}">{0}</a>', self.object.email)


class MarkAnsweredView(BaseOperationView):
    model = Inquiry
    success_message = _("Die Anfrage ist als beantwortet markiert.")
    success_url_name = "inquiries_admin:inspect"

    def get_base_object_queryset(self):
        return readable_inquiries(self.request.user)

    def perform_operation(self):
        self.object.mark_answered()


class InquiryViewSet(ModelViewSet):
    model = Inquiry
    name = "inquiries_admin"
    url_prefix = "anfragen"
    icon = "mail"
    menu_label = _("Anfragen")
    menu_order = 210
    add_to_admin_menu = True
    index_view_class = InquiryIndexView
    inspect_view_class = InquiryView
    inspect_view_enabled = True
    list_display = ["opportunity_title", "club", "created_at", "name", "status"]
    list_per_page = 50
    filterset_class = InquiryFilterSet
    search_fields = ["opportunity_title", "name", "email", "message"]
    list_export = ["created_at", "opportunity_title", "club", "name", "email", "phone"]
    list_export += ["availability", "message", "status", "answered_at"]
    export_filename = "anfragen"
    inspect_view_fields = ["opportunity_title", "club", "created_at", "status", "name", "email"]
    inspect_view_fields += ["phone", "availability", "message"]

    def get_urlpatterns(self):
        # The inquiry's own address stays <pk>/: reminder e-mails already sent link to it.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/beantwortet/", MarkAnsweredView.as_view(), name="mark_answered"),
        ]

    def get_permissions_to_register(self):
        # Model permissions would do nothing here: InquiryPermissionPolicy decides.
        return super().get_permissions_to_register().none()


class ResponseTimesView(ReportView):
    """Figures per club for the staff who approve them, without any volunteer's personal data."""

    page_title = _("Antwortzeiten der Vereine")
    header_icon = "time"
    default_ordering = ("-unanswered", "title")
    columns = [
        Column("title", label=_("Verein")),
        Column("municipality", label=_("Ort"), accessor="municipality.name"),
        Column("unanswered", label=_("Unbeantwortet")),
        DateColumn("oldest_unanswered", label=_("Älteste offene seit")),
        Column("total", label=_("Anfragen gesamt")),
        Column("average_response_days", label=_("Mittlere Antwortzeit (Tage)")),
    ]
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}
    export_filename = "antwortzeiten"
    custom_value_preprocess = safe_export_preprocess(ReportView.custom_value_preprocess)

    def get_base_queryset(self):
        return (
            overseen_clubs(self.request.user)
            .select_related("municipality")
            .annotate(
                total=Count("inquiries"),
                unanswered=Count(
                    "inquiries",
                    filter=Q(
                        inquiries__answered_at__isnull=True,
                        inquiries__anonymised_at__isnull=True,
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
        )

    def decorate_paginated_queryset(self, object_list):
        for club in object_list:
            average = club.average_response
            club.average_response_days = (
                round(average.total_seconds() / 86400, 1) if average else None
            )
        return object_list


class ResponseTimesViewSet(ReportViewSet):
    name = "inquiries_overview"
    url_prefix = "anfragen/uebersicht"
    view_class = ResponseTimesView
    menu_label = _("Antwortzeiten der Vereine")
    icon = "time"
    menu_order = 220

    def allowed(self, user):
        return can_oversee(user)
