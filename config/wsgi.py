import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

application = get_wsgi_application()

# gunicorn runs no system checks: refuse to start on a configuration they reject (e.g. the
# console e-mail backend in production, accounts.checks).
from django.core import checks  # noqa: E402
from django.core.exceptions import ImproperlyConfigured  # noqa: E402

_serious = [e for e in checks.run_checks(tags=[checks.Tags.security]) if e.is_serious()]
if _serious:
    raise ImproperlyConfigured("\n".join(str(error) for error in _serious))
