import uuid

from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's placeholder page with the Chinese home page and point the site at it."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()
    homepage_content_type, __ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale, __ = Locale.objects.get_or_create(language_code="zh-hans")

    homepage = HomePage.objects.create(
        title="书香西城",
        draft_title="书香西城",
        slug="home",
        content_type=homepage_content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        translation_key=uuid.uuid4(),
    )
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost", root_page=homepage, is_default_site=True, site_name="书香西城"
    )


def remove_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("home.HomePage")
    HomePage.objects.filter(slug="home", depth=2).delete()
    ContentType.objects.filter(model="homepage", app_label="home").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("core", "0002_english_locale"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
