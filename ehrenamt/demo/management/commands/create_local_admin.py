import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

USERNAME = "admin"
PASSWORD_BYTES = 12


class Command(BaseCommand):
    help = _(
        "Nur für die lokale Entwicklung: legt den Superuser „admin“ an oder gibt ihm ein neues "
        "Zufallspasswort, und zeigt, wie man sich anmeldet."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Auch ohne DEBUG ausführen. Nie auf einem öffentlich erreichbaren Server!"),
        )

    def handle(self, *args, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "create_local_admin ist nur für die lokale Entwicklung gedacht (DEBUG ist aus). "
                    "Für einen Server: manage.py createsuperuser. Wer es wirklich will: --force."
                )
            )
        # A fresh password on every run: a password printed once must not stay valid for ever.
        password = secrets.token_urlsafe(PASSWORD_BYTES)
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()

        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        intro = _("Admin-Zugang angelegt.") if created else _("Admin-Zugang mit neuem Passwort.")
        self.stdout.write(self.style.SUCCESS(intro))
        self.stdout.write(f"  {_('Adresse:')}       {admin_url}")
        self.stdout.write(f"  {_('Benutzername:')}  {USERNAME}")
        self.stdout.write(f"  {_('Passwort:')}      {password}")
