from django.db import migrations

from ehrenamt.regions.reference import load_reference_data


class Migration(migrations.Migration):
    dependencies = [("regions", "0001_initial")]

    operations = [migrations.RunPython(load_reference_data, migrations.RunPython.noop)]
