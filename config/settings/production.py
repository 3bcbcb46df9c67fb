"""Production: every secret and host from the environment, HTTPS everywhere."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

DEBUG = False
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# Behind a TLS-terminating proxy (nginx, a cloud load balancer).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading is hard to undo (browsers ship the list): only when the operator asks for it.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# …so `check --deploy` must not insist on it (security.W021 says preload is off, on purpose).
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405

# The 示例内容 notice belongs to the demo site, not to a production portal.
SHOW_DEMO_NOTICE = env_bool("SHOW_DEMO_NOTICE", False)

LOGGING["root"]["level"] = env_str("LOG_LEVEL", "INFO")  # noqa: F405

# E-mail must really be sent: accounts.checks refuses the console backend (it would write
# submissions and password-reset links into the log). EMAIL_BACKEND comes from the
# environment only, e.g. django.core.mail.backends.smtp.EmailBackend.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "")
EMAIL_REQUIRE_REAL_BACKEND = True

# Administrators and 表单审阅 sign in with a second factor (docs/security.md).
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
