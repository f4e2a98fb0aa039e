"""The /ehrenamtskarte/ page every installation starts with, and its authorities' staff groups."""

from .models import EhrenamtskartePage, IssuingAuthority
from .onboarding import ensure_staff_group

INTRO = (
    "<p>Die Ehrenamts-Card ist ein Dankeschön für Menschen, die sich viel und lange ehrenamtlich "
    "engagieren. Mit ihr gibt es Vergünstigungen bei vielen Partnern.</p>"
)
BODY = (
    "<h2>So funktioniert es</h2><ol>"
    "<li>Sie füllen den Antrag aus und nennen Ihre Engagements.</li>"
    "<li>Sie bestätigen Ihre E-Mail-Adresse über einen Link.</li>"
    "<li>Ihre Vereine und Organisationen bestätigen Ihre Angaben.</li>"
    "<li>Die Ausgabestelle entscheidet und stellt Ihre Karte aus.</li></ol>"
)
EASY_LANGUAGE = (
    "<p>Sie helfen anderen Menschen. Sie bekommen dafür kein Geld. "
    "Dafür gibt es eine Karte: die Ehrenamts-Card.</p>"
    "<p>Mit der Karte bekommen Sie Vorteile. Zum Beispiel: Sie zahlen weniger Eintritt.</p>"
)


def ensure_card_page(home):
    page = EhrenamtskartePage.objects.first()
    if page is None:
        page = home.add_child(
            instance=EhrenamtskartePage(
                title="Ehrenamts-Card",
                slug="ehrenamtskarte",
                intro=INTRO,
                body=BODY,
                easy_language=EASY_LANGUAGE,
            )
        )
    for authority in IssuingAuthority.objects.filter(accepts_online_applications=True):
        ensure_staff_group(authority)
    return page
