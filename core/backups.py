"""Backups that restore: the database and the media files together, with a manifest.

``manage.py backup`` writes a folder (default ``var/backups/<UTC time>/``) holding

- ``db.sqlite3`` (SQLite's online backup API: consistent while the site runs) or
  ``db.dump`` (``pg_dump --format=custom``),
- ``media.tar.gz`` (uploaded images and documents; skipped when media live in S3),
- ``manifest.json`` (what, when, from which engine and migration state) and
  ``SHA256SUMS`` (checkable with ``sha256sum -c``).

``manage.py restore <folder>`` verifies every checksum before it touches anything, then
replaces the database and the media. See docs/deployment.md (encryption, retention).
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connection, connections
from django.db.migrations.recorder import MigrationRecorder

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"


class BackupError(Exception):
    """A backup could not be made or does not verify; the message is for the operator."""


def engine():
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"不支持的数据库：{vendor}")
    return vendor


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _pg_url():
    """The connection URL without the password (that goes in PGPASSWORD, not on ps)."""
    db = settings.DATABASES["default"]
    auth = f"{db['USER']}@" if db.get("USER") else ""
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgresql://{auth}{db.get('HOST') or '127.0.0.1'}{port}/{db['NAME']}"


def _run(command):
    env = dict(os.environ)
    if settings.DATABASES["default"].get("PASSWORD"):
        env["PGPASSWORD"] = settings.DATABASES["default"]["PASSWORD"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=3600, env=env)
    if result.returncode != 0:
        # The command line holds the database URL (maybe a password): show only the tool.
        raise BackupError(f"{command[0]} 失败：{result.stderr.strip()[-500:]}")


def _media_root():
    return Path(settings.MEDIA_ROOT)


def _media_in_filesystem():
    backend = settings.STORAGES["default"]["BACKEND"]
    return backend == "django.core.files.storage.FileSystemStorage"


def make_backup(target=None):
    """Write a backup folder; returns its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = Path(target) if target else Path(settings.VAR_DIR) / "backups" / stamp
    folder.mkdir(parents=True, exist_ok=False)
    vendor = engine()
    if vendor == "sqlite":
        database = folder / "db.sqlite3"
        connection.ensure_connection()
        destination = sqlite3.connect(database)
        with destination:
            connection.connection.backup(destination)
        destination.close()
    else:
        database = folder / "db.dump"
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "-f",
                str(database),
                _pg_url(),
            ]
        )
    files = [database]
    media = None
    if _media_in_filesystem():
        media = folder / "media.tar.gz"
        with tarfile.open(media, "w:gz") as archive:
            root = _media_root()
            if root.exists():
                archive.add(root, arcname="media")
        files.append(media)
    migrations = sorted(
        f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()
    )
    manifest = {
        "format": FORMAT_VERSION,
        "created": stamp,
        "engine": vendor,
        "database": database.name,
        "media": media.name if media else None,
        "media_note": None if media else "媒体文件在对象存储中，请使用存储桶的版本控制/备份。",
        "migrations": len(migrations),
        "last_migrations": migrations[-5:],
        "files": {
            path.name: {"sha256": sha256(path), "bytes": path.stat().st_size} for path in files
        },
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    sums = [f"{sha256(folder / name)}  {name}" for name in [*manifest["files"], MANIFEST]]
    (folder / CHECKSUMS).write_text("\n".join(sums) + "\n")
    return folder


def verify(folder):
    """The manifest of a backup whose files all match their checksums."""
    folder = Path(folder)
    if not (folder / CHECKSUMS).exists() or not (folder / MANIFEST).exists():
        raise BackupError(f"{folder} 不是备份目录（缺少 {MANIFEST} 或 {CHECKSUMS}）。")
    for line in (folder / CHECKSUMS).read_text().splitlines():
        if not line.strip():
            continue
        expected, name = line.split(None, 1)
        path = folder / name.strip()
        if not path.is_file() or sha256(path) != expected:
            raise BackupError(f"校验失败：{name.strip()} 已损坏或缺失，未做任何恢复。")
    manifest = json.loads((folder / MANIFEST).read_text())
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError("备份格式版本不符。")
    return manifest


def restore_backup(folder):
    """Replace the database and the media with the backup's (after ``verify``)."""
    folder = Path(folder)
    manifest = verify(folder)
    vendor = engine()
    if manifest["engine"] != vendor:
        raise BackupError(f"备份来自 {manifest['engine']}，当前数据库是 {vendor}：不能直接恢复。")
    database = folder / manifest["database"]
    if vendor == "sqlite":
        connection.ensure_connection()
        source = sqlite3.connect(database)
        with source:
            source.backup(connection.connection)
        source.close()
    else:
        connections.close_all()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "-d",
                _pg_url(),
                str(database),
            ]
        )
    if manifest.get("media"):
        root = _media_root()
        staging = root.with_name(root.name + ".restoring")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        with tarfile.open(folder / manifest["media"], "r:gz") as archive:
            archive.extractall(staging, filter="data")
        if root.exists():
            shutil.rmtree(root)
        extracted = staging / "media"
        if extracted.exists():
            extracted.rename(root)
        else:
            root.mkdir(parents=True)
        shutil.rmtree(staging, ignore_errors=True)
    return manifest
