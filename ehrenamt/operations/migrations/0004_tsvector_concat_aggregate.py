"""An aggregate that joins text vectors as `||` does, in order: operations/bulk_index.py builds a
page's weighted vector from its fields in one statement per chunk with it (PostgreSQL only)."""

from django.db import migrations

CREATE = """
    CREATE AGGREGATE tsvector_concat_agg(tsvector) (
        SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = ''
    )
"""
DROP = "DROP AGGREGATE IF EXISTS tsvector_concat_agg(tsvector)"


def run_on_postgresql(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("operations", "0003_outgoing_mail_dead_letter")]

    operations = [migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP))]
