from django.db import migrations

from ehrenamt.ehrenamtskarte.reference import load_authorities


class Migration(migrations.Migration):
    dependencies = [("ehrenamtskarte", "0001_initial"), ("regions", "0002_reference_data")]

    operations = [migrations.RunPython(load_authorities, migrations.RunPython.noop)]
