from django.db import migrations


def create_locales(apps, schema_editor):
    """Every installation serves Simplified Chinese and English (under /en/)."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("zh-hans", "en"):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
