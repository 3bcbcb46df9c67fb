import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_extra):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": "x7$k!q2-production-like-secret-key-for-the-deploy-check-9f3a1c",
            "ALLOWED_HOSTS": "reading.example.gov.cn",
            "CSRF_TRUSTED_ORIGINS": "https://reading.example.gov.cn",
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
            "VAR_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr


def test_production_refuses_to_start_without_secret_key(tmp_path):
    result = run_manage(
        "check",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": "",
            "VAR_DIR": str(tmp_path),
        },
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
