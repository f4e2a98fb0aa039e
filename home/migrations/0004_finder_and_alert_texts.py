"""Adds what the privacy and Leichte Sprache pages say about search alerts and the finder to
existing installations, on pages nobody has edited (no revision); edited pages are the staff's."""

from django.db import migrations

from home.finder_texts import EASY_LANGUAGE_FINDER, PRIVACY_ALERTS

ADDITIONS = {"datenschutz": PRIVACY_ALERTS, "leichte-sprache": EASY_LANGUAGE_FINDER}


def add_texts(apps, schema_editor):
    StandardPage = apps.get_model("home", "StandardPage")
    for slug, text in ADDITIONS.items():
        for page in StandardPage.objects.filter(slug=slug, latest_revision__isnull=True):
            blocks = [(block.block_type, block.value) for block in page.body]
            if any(text[:40] in str(value) for _type, value in blocks):
                continue
            paragraphs = "".join(f"<p>{part}</p>" for part in text.split("\n\n"))
            page.body = [*blocks, ("paragraph", paragraphs)]
            page.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("home", "0003_sign_language_video")]

    operations = [migrations.RunPython(add_texts, migrations.RunPython.noop)]
