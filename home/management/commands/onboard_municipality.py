"""`manage.py onboard_municipality <slug>`: a new place joins the portal without code changes."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from ehrenamt.clubs.onboarding import approval_workflow
from ehrenamt.ehrenamtskarte.onboarding import configure_authority
from ehrenamt.regions.models import POSTCODE_PATTERN, District, Municipality, Postcode
from home.curation import ensure_index_pages, ensure_landing_page
from home.portal_settings import PortalSettings
from home.site_tree import ensure_site_tree, site_address

# What the Impressum and the privacy notice show about the town that runs the portal.
OPERATOR_OPTIONS = {
    "operator_name": gettext_lazy("Betreiber fürs Impressum, z. B. „Stadt Lampertheim“"),
    "operator_address": gettext_lazy("Anschrift des Betreibers; Zeilen mit „\\n“ trennen"),
    "operator_representative": gettext_lazy("Vertreten durch, z. B. „den Bürgermeister“"),
    "supervisory_authority": gettext_lazy("Aufsichtsbehörde"),
    "content_responsible": gettext_lazy("Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)"),
    "dpo_name": gettext_lazy("Datenschutzbeauftragte Person"),
    "dpo_email": gettext_lazy("E-Mail des Datenschutzbeauftragten"),
}


class Command(BaseCommand):
    help = _(
        "Nimmt einen Ort in das Portal auf: Ortsseite unter /orte/, Gruppe der Verwaltung mit "
        "ihren Rechten, Freigabe-Workflow und, mit --hostname, eine eigene Website."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help=_("Kurzname des Ortes, z. B. lampertheim"))
        parser.add_argument("--name", help=_("Name eines neuen Ortes, z. B. Neustadt"))
        parser.add_argument("--postcode", help=_("Postleitzahl des neuen Ortes"))
        parser.add_argument("--lat", type=float, help=_("Breitengrad des Ortsmittelpunkts"))
        parser.add_argument("--lon", type=float, help=_("Längengrad des Ortsmittelpunkts"))
        parser.add_argument("--district", help=_("Kurzname des Kreises, z. B. kreis-bergstrasse"))
        parser.add_argument(
            "--hostname",
            help=_("Eigener Hostname, z. B. ehrenamt.stadt.de oder https://ehrenamt.stadt.de"),
        )
        parser.add_argument(
            "--scheme",
            choices=["http", "https"],
            help=_("http oder https; ohne Angabe wie in BASE_URL"),
        )
        parser.add_argument("--portal-name", default="", help=_("Name des Portals"))
        parser.add_argument("--contact-email", default="", help=_("Kontakt-E-Mail"))
        parser.add_argument("--impressum-url", default="", help=_("Link zum Impressum"))
        parser.add_argument("--colour", default="", help=_("Hauptfarbe als #RRGGBB"))
        for option, help_text in OPERATOR_OPTIONS.items():
            parser.add_argument(f"--{option.replace('_', '-')}", default="", help=help_text)
        card = parser.add_argument_group(
            _("Ehrenamts-Card (Ausgabestelle ist der Kreis des Ortes)")
        )
        card.add_argument(
            "--ehrenamtskarte",
            action="store_true",
            help=_("Online-Anträge auf die Ehrenamts-Card für den Kreis des Ortes annehmen"),
        )
        card.add_argument("--card-authority", help=_("Name der Ausgabestelle"))
        card.add_argument("--card-hours-week", type=int, help=_("Mindeststunden pro Woche"))
        card.add_argument("--card-hours-year", type=int, help=_("oder Mindeststunden pro Jahr"))
        card.add_argument("--card-years", type=int, help=_("Jahre des Engagements"))
        card.add_argument("--card-min-age", type=int, help=_("Mindestalter"))
        card.add_argument("--card-validity", type=int, help=_("Gültigkeit in Jahren"))
        card.add_argument("--card-email", help=_("E-Mail-Adresse der Ausgabestelle"))

    @transaction.atomic
    def handle(self, *args, **options):
        municipality = self.municipality(options)
        home = ensure_site_tree()
        page, group = ensure_landing_page(
            ensure_index_pages(home), title=municipality.name, municipality=municipality
        )
        workflow = approval_workflow(municipality)
        self.stdout.write(
            _("Ortsseite %(url)s, Gruppe „%(group)s“, Workflow „%(workflow)s“.")
            % {"url": page.url_path, "group": group.name, "workflow": workflow.name}
        )
        if options["ehrenamtskarte"]:
            self.card_authority(options, municipality)
        if options["hostname"]:
            site = self.site(options, page, municipality)
            self.stdout.write(_("Eigene Website: %(url)s/") % {"url": site.root_url})
        elif any(options[option] for option in OPERATOR_OPTIONS):
            portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
            self.save_settings(portal, self.operator(options))
        if any(options[option] for option in OPERATOR_OPTIONS):
            self.stdout.write(_("Impressum und Datenschutzerklärung nennen jetzt den Betreiber."))

    @staticmethod
    def operator(options):
        values = {option: options[option] for option in OPERATOR_OPTIONS if options[option]}
        if "operator_address" in values:
            values["operator_address"] = values["operator_address"].replace("\\n", "\n")
        return values

    @staticmethod
    def save_settings(portal, values):
        for name, value in values.items():
            setattr(portal, name, value)
        try:
            portal.full_clean()
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        portal.save()

    def card_authority(self, options, municipality):
        try:
            authority, group = configure_authority(
                municipality.district,
                name=options["card_authority"],
                hours_per_week=options["card_hours_week"],
                hours_per_year=options["card_hours_year"],
                years_of_engagement=options["card_years"],
                minimum_age=options["card_min_age"],
                validity_years=options["card_validity"],
                contact_email=options["card_email"],
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        self.stdout.write(
            _("Ehrenamts-Card: Ausgabestelle „%(authority)s“, Gruppe „%(group)s“.")
            % {"authority": authority.name, "group": group.name}
        )

    def municipality(self, options):
        slug = options["slug"].strip().lower()
        existing = Municipality.objects.filter(slug=slug).first()
        if existing is not None:
            return existing
        missing = [
            name for name in ("name", "postcode", "lat", "lon", "district") if options[name] is None
        ]
        if missing:
            raise CommandError(
                _(
                    "Den Ort „%(slug)s“ gibt es noch nicht. Für einen neuen Ort bitte angeben: %(missing)s."
                )
                % {"slug": slug, "missing": ", ".join(f"--{name}" for name in missing)}
            )
        return self.create_municipality(slug, options)

    def create_municipality(self, slug, options):
        district = District.objects.filter(slug=options["district"]).first()
        if district is None:
            raise CommandError(
                _("Den Kreis „%(district)s“ gibt es nicht.") % {"district": options["district"]}
            )
        if not POSTCODE_PATTERN.match(options["postcode"]):
            raise CommandError(_("Bitte eine fünfstellige Postleitzahl angeben, z. B. 68623."))
        if not (-90 <= options["lat"] <= 90 and -180 <= options["lon"] <= 180):
            raise CommandError(_("Breiten- und Längengrad liegen außerhalb des gültigen Bereichs."))
        municipality = Municipality(
            slug=slug,
            name=options["name"],
            district=district,
            latitude=options["lat"],
            longitude=options["lon"],
        )
        try:
            municipality.full_clean()
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        municipality.save()
        Postcode.objects.create(code=options["postcode"], municipality=municipality)
        return municipality

    def site(self, options, page, municipality):
        hostname, port = site_address(public_address(options["hostname"], options["scheme"]))
        if not hostname:
            raise CommandError(_("Bitte einen Hostnamen angeben, z. B. ehrenamt.stadt.de."))
        site = Site.objects.filter(hostname=hostname, is_default_site=False).first() or Site(
            hostname=hostname
        )
        site.port = port
        site.root_page = page
        site.site_name = f"Ehrenamt {municipality.name}"
        site.save()
        portal = PortalSettings.for_site(site)
        portal.name = options["portal_name"] or site.site_name
        portal.contact_email = options["contact_email"]
        portal.impressum_url = options["impressum_url"]
        portal.primary_colour = options["colour"]
        self.save_settings(portal, self.operator(options))
        return site


def public_address(hostname, scheme):
    """The town's address: its own scheme if given, else the one of BASE_URL (https in production)."""
    hostname = hostname.strip()
    given = urlsplit(hostname if "//" in hostname else f"//{hostname}")
    scheme = scheme or given.scheme or urlsplit(settings.WAGTAILADMIN_BASE_URL).scheme or "https"
    return f"{scheme}://{given.netloc}"
