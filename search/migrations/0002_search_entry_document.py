import django.contrib.postgres.search
from django.db import migrations

INDEX = "search_entry_document"


def index_and_fill(apps, schema_editor):
    """PostgreSQL only: the GIN index, and the vectors of existing rows from Wagtail's index.

    search_rebuild writes them again from the pages themselves.
    """
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON opportunity_search_searchentry USING gin (document)"
    )
    schema_editor.execute(
        """
        UPDATE opportunity_search_searchentry AS entry
        SET document = setweight(wagtail.title, 'A') || setweight(wagtail.body, 'B')
        FROM wagtailsearch_indexentry AS wagtail, django_content_type AS type
        WHERE type.app_label = 'opportunities' AND type.model = 'opportunitypage'
          AND wagtail.content_type_id = type.id AND wagtail.object_id = entry.page_id::text
        """
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("opportunity_search", "0001_search_entry"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="document",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.RunPython(index_and_fill, drop_index),
    ]
