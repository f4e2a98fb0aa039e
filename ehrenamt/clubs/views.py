"""Public views for clubs joining the portal: registration and e-mail confirmation."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from ehrenamt.operations.mail import absolute_url, send_templated_mail

from .forms import ClubRegistrationForm
from .onboarding import (
    EmailAlreadyRegistered,
    confirm_registration,
    confirmation_url,
    onboard_from_form,
    user_for_token,
)


@require_http_methods(["GET", "POST"])
def register(request):
    form = ClubRegistrationForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        form.record_submission()
        register_or_notify(form.cleaned_data)
        # The same answer whether or not the address is known: nothing to learn by probing.
        return redirect("clubs:registration_sent")
    return render(request, "clubs/registration/register.html", {"form": form})


def register_or_notify(data):
    try:
        onboarding = onboard_from_form(data, password=data["password"])
    except EmailAlreadyRegistered:
        send_templated_mail(
            "registration_known_address",
            {"login_url": absolute_url(reverse("wagtailadmin_login"))},
            to=[data["email"]],
        )
        return
    send_templated_mail(
        "registration_confirm",
        {"club": onboarding.club, "confirm_url": confirmation_url(onboarding.user)},
        to=[onboarding.user.email],
    )


def registration_sent(request):
    return render(request, "clubs/registration/sent.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: mail scanners that open links must not confirm."""
    user = user_for_token(token)
    if user is None:
        return render(request, "clubs/registration/confirm_invalid.html", status=400)
    confirmed = request.method == "POST" and confirm_registration(user)
    return render(
        request,
        "clubs/registration/confirm.html",
        {"confirmed": confirmed, "already_active": user.is_active and not confirmed},
    )
