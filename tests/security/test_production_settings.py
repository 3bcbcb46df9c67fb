"""Production configuration: real e-mail or no start, S3 media from the environment, headers."""

import pytest

from tests.foundation.test_settings import run_manage

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x7$k!q2-production-like-secret-key-for-the-settings-tests-9f3a1c",
    "ALLOWED_HOSTS": "reading.example.gov.cn",
}


def production(tmp_path, **extra):
    return {**PRODUCTION, "VAR_DIR": str(tmp_path), **extra}


@pytest.mark.parametrize(
    "backend", ["", "django.core.mail.backends.console.EmailBackend"], ids=["unset", "console"]
)
def test_production_refuses_the_console_mail_backend(tmp_path, backend):
    result = run_manage("check", env_extra=production(tmp_path, EMAIL_BACKEND=backend))
    assert result.returncode != 0
    assert "accounts.E001" in result.stderr and "EMAIL_BACKEND" in result.stderr


def test_gunicorn_would_not_start_either(tmp_path):
    result = run_manage(
        "shell", "-c", "import config.wsgi", env_extra=production(tmp_path, EMAIL_BACKEND="")
    )
    assert result.returncode != 0 and "ImproperlyConfigured" in result.stderr


SHOW = (
    "from django.conf import settings; from django.core.files.storage import storages; "
    "print(type(storages['default']).__name__, storages['default'].url('original_images/a.jpg'), "
    "settings.SECURE_HSTS_PRELOAD, settings.TWO_FACTOR_REQUIRED)"
)


def test_media_go_to_s3_compatible_storage_when_configured(tmp_path):
    env = production(
        tmp_path,
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        AWS_STORAGE_BUCKET_NAME="sxc-media",
        AWS_S3_ENDPOINT_URL="https://oss-cn-beijing.aliyuncs.com",
        AWS_S3_CUSTOM_DOMAIN="media.reading.example.gov.cn",
        AWS_ACCESS_KEY_ID="test",
        AWS_SECRET_ACCESS_KEY="test",
    )
    result = run_manage("shell", "-c", SHOW, env_extra=env)
    assert result.returncode == 0, result.stderr
    storage, url, preload, two_factor = result.stdout.strip().splitlines()[-1].split()
    assert storage == "S3Storage"
    assert url == "https://media.reading.example.gov.cn/original_images/a.jpg"
    assert preload == "False" and two_factor == "True"
