from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ehrenamt.demo.local_logins import ensure_login

USERNAME = "admin"


class Command(BaseCommand):
    help = _(
        "Nur für die lokale Entwicklung: legt den Superuser „admin“ an und zeigt, wie man sich "
        "anmeldet; das Passwort bleibt von Lauf zu Lauf dasselbe, außer mit --reset."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Auch ohne DEBUG ausführen. Nie auf einem öffentlich erreichbaren Server!"),
        )

        parser.add_argument(
            "--reset", action="store_true", help=_("Ein neues Zufallspasswort vergeben.")
        )

    def handle(self, *args, force, reset, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "create_local_admin ist nur für die lokale Entwicklung gedacht (DEBUG ist aus). "
                    "Für einen Server: manage.py createsuperuser. Wer es wirklich will: --force."
                )
            )
        user, password, created = ensure_login(USERNAME, create_admin, reset=reset)
        user.is_staff = user.is_superuser = user.is_active = True
        user.save()

        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        intro = _("Admin-Zugang angelegt.") if created else _("Admin-Zugang:")
        self.stdout.write(self.style.SUCCESS(intro))
        # Labels outside f-strings: makemessages does not look inside them.
        for label, value in (
            (_("Adresse:"), admin_url),
            (_("Benutzername:"), USERNAME),
            (_("Passwort:"), password),
        ):
            self.stdout.write(f"  {label:<15} {value}")


def create_admin(password):
    return get_user_model().objects.create_user(
        username=USERNAME, email="admin@localhost", password=password
    )
