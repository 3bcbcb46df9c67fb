"""`manage.py backup` / `restore`: database and media together, verified, and the restored
site serves the same pages (on SQLite here; on PostgreSQL when DATABASE_URL names one)."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.images import get_image_model
from wagtail.models import Page

from core.factories import ImageFactory
from home.factories import StandardPageFactory


def snapshot(client, urls):
    return {url: client.get(url).content for url in urls}


# Committed data (pg_dump sees only that), and the migrations' rows back afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_then_restore_into_an_emptied_database(client, home, tmp_path):
    image = ImageFactory(title="阅读空间外景")
    page = StandardPageFactory(
        parent=home, slug="about-backup", title="关于备份", intro="备份测试页"
    )
    page.save_revision().publish()
    urls = ["/", page.url, "/sitemap.xml", f"/api/v2/pages/{page.pk}/"]
    before = snapshot(client, urls)
    image_file = Path(image.file.path)
    image_bytes = image_file.read_bytes()

    folder = tmp_path / "backup"
    call_command("backup", output=str(folder), stdout=io.StringIO())
    names = sorted(p.name for p in folder.iterdir())
    assert names[0] in ("SHA256SUMS",) and "manifest.json" in names and "media.tar.gz" in names
    call_command("restore", str(folder), check=True, stdout=io.StringIO())

    # Disaster: every table emptied (content types and permissions too: nothing is recreated
    # behind the restore's back), the media folder gone.
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    image_file.unlink()
    assert not Page.objects.exists()

    call_command("restore", str(folder), yes=True, stdout=io.StringIO())
    assert Page.objects.filter(pk=page.pk, live=True).exists()
    assert get_image_model().objects.filter(title="阅读空间外景").exists()
    assert image_file.read_bytes() == image_bytes
    assert snapshot(client, urls) == before


@pytest.mark.django_db
def test_a_damaged_backup_is_refused_before_anything_is_touched(home, tmp_path):
    folder = tmp_path / "backup"
    call_command("backup", output=str(folder), stdout=io.StringIO())
    database = next(p for p in folder.iterdir() if p.name.startswith("db."))
    database.write_bytes(database.read_bytes()[:-10] + b"tampered!!")
    with pytest.raises(CommandError, match="校验失败"):
        call_command("restore", str(folder), yes=True, stdout=io.StringIO())
    assert Page.objects.filter(pk=home.pk).exists()
