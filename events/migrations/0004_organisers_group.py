"""The 活动组织 (organisers) group: sees bookings and attendance, checks people in, exports.

Self-contained (historical models, names copied from events.roles when written)."""

from django.db import migrations

ORGANISERS = "活动组织"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("events", "booking", "view_booking", "Can view 活动预约"),
    ("events", "booking", "change_booking", "Can change 活动预约"),
    ("events", "booking", "export_booking", "可导出活动预约名单"),
    ("events", "occurrence", "view_occurrence", "Can view 活动场次"),
    ("events", "occurrence", "change_occurrence", "Can change 活动场次"),
]


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=ORGANISERS)
    for app_label, model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=ORGANISERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_registration_bookings_occurrences"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
