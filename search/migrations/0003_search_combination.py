import django.db.models.deletion
from django.db import migrations, models

KEY = "entry.municipality || '|' || entry.state || '|' || entry.commitment || '|' || entry.categories || '|' || entry.target_groups"

# Existing rows get their combination of facet values; plain SQL that SQLite and PostgreSQL share.
LINK_COMBINATIONS = [
    f"""
    INSERT INTO opportunity_search_searchcombination
        (key, municipality, state, commitment, categories, target_groups)
    SELECT DISTINCT {KEY}, municipality, state, commitment, categories, target_groups
    FROM opportunity_search_searchentry AS entry
    """,
    f"""
    UPDATE opportunity_search_searchentry AS entry SET combination_id = (
        SELECT id FROM opportunity_search_searchcombination WHERE key = {KEY}
    )
    """,
]


class Migration(migrations.Migration):
    dependencies = [("opportunity_search", "0002_search_entry_document")]

    operations = [
        migrations.CreateModel(
            name="SearchCombination",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.TextField(unique=True)),
                ("municipality", models.SlugField(db_index=False)),
                ("state", models.SlugField(db_index=False)),
                ("commitment", models.CharField(max_length=20)),
                ("categories", models.TextField()),
                ("target_groups", models.TextField()),
            ],
        ),
        migrations.AddField(
            model_name="searchentry",
            name="combination",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="opportunity_search.searchcombination",
            ),
        ),
        migrations.RunSQL(LINK_COMBINATIONS, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name="searchentry",
            name="combination",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="opportunity_search.searchcombination",
            ),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(
                fields=["valid_through", "combination", "latitude", "longitude", "page"],
                name="search_entry_counting",
            ),
        ),
    ]
