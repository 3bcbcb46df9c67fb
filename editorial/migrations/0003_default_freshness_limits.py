"""The update limits of the government-website inspection rules, as editable rows:
home page and news 14 days; notice-like sections (campaign notices and 公示, honour rolls)
180 days. Editors change or add rows in 设置 → 栏目更新期限."""

from django.db import migrations

DEFAULTS = [
    ("home.homepage", 14),
    ("articles.articleindexpage", 14),
    ("campaigns.campaignindexpage", 180),
    ("honours.honourrollindexpage", 180),
]


def create_defaults(apps, schema_editor):
    FreshnessLimit = apps.get_model("editorial", "FreshnessLimit")
    for page_type, days in DEFAULTS:
        FreshnessLimit.objects.get_or_create(page_type=page_type, defaults={"max_days": days})


class Migration(migrations.Migration):
    dependencies = [("editorial", "0002_health_and_forbidden_words")]

    operations = [migrations.RunPython(create_defaults, migrations.RunPython.noop)]
