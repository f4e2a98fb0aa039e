"""Admin: staff onboard a club with the same service as the public registration."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_scope import page_chooser_in_scope
from .forms import ClubOnboardingForm
from .onboarding import (
    EmailAlreadyRegistered,
    onboard_from_form,
    registration_summary,
    send_invitation,
)

ONBOARDING_PERMISSION = "auth.add_user"


def onboard_view(request):
    if not request.user.has_perm(ONBOARDING_PERMISSION):
        raise PermissionDenied
    form = ClubOnboardingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            onboarding = onboard_from_form(form.cleaned_data, active=True)
        except EmailAlreadyRegistered:
            form.add_error("email", _("Für diese E-Mail-Adresse gibt es schon ein Konto."))
        else:
            send_invitation(onboarding)
            messages.success(request, registration_summary(onboarding))
            return redirect("wagtailadmin_pages:edit", onboarding.club.pk)
    return render(request, "clubs/registration/admin_onboard.html", {"form": form})


@hooks.register("register_admin_urls")
def register_onboarding_url():
    return [path("vereine/anlegen/", onboard_view, name="clubs_onboard")]


class OnboardingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(ONBOARDING_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_onboarding_menu_item():
    return OnboardingMenuItem(
        _("Verein anlegen"), reverse("clubs_onboard"), icon_name="group", order=250
    )


hooks.register("construct_page_chooser_queryset", page_chooser_in_scope)
