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


def write_listing(page, title, summary, description):
    """The club's listing editor: title, summary and the rich-text description."""
    page.get_by_role("textbox", name="Titel des Angebots*").fill(title)
    page.get_by_role("textbox", name="Kurzbeschreibung*").fill(summary)
    editor = page.get_by_role("region", name="Beschreibung*", exact=True).get_by_role("textbox")
    editor.click()
    page.keyboard.type(description)
    # Draftail writes the text into the form a moment after the last key; submit only after that.
    page.wait_for_function(
        "text => document.querySelector('input[name=description]').value.includes(text)",
        arg=description.split()[-1].rstrip("."),
    )
