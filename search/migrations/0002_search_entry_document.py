import django.contrib.postgres.search
from django.db import migrations

INDEXES = {
    "search_entry_document": "document",
    # The title's words (weight A): search/engines/text.py ranks title hits first.
    "search_entry_title_words": "ts_filter(document, '{a}')",
}


def index_and_fill(apps, schema_editor):
    """PostgreSQL only: the GIN indexes, and the vectors of existing rows from Wagtail's index.

    search_rebuild writes them again from the pages themselves.
    """
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, expression in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX {name} ON opportunity_search_searchentry USING gin (({expression}))"
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


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


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
        migrations.RunPython(index_and_fill, drop_indexes),
    ]
