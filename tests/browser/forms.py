"""Helpers for filling the portal's public forms as a person would."""

from ehrenamt.publicforms.guard import MINIMUM_FILL_SECONDS


def wait_out_minimum_fill_time(page):
    """The forms refuse what is sent faster than a person types (ehrenamt/publicforms/guard.py)."""
    page.wait_for_timeout((MINIMUM_FILL_SECONDS + 0.5) * 1000)


def fill_inquiry(page, name="Mara Schneider", email="mara@example.org"):
    page.get_by_label("Ihr Name").fill(name)
    page.get_by_label("Ihre E-Mail-Adresse").fill(email)
    page.get_by_label("Nachricht").fill("Ich lese gern vor und habe dienstags Zeit.")
    page.get_by_label("Ich bin einverstanden").check()
