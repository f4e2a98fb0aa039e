from django.db import migrations

from ehrenamt.taxonomy.defaults import load_defaults


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
