from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Staff accounts: login lockout and audit, two-factor sign-in, idle timeout, e-mail check."""

    name = "accounts"
    verbose_name = "账号安全"

    def ready(self):
        from . import checks, signals  # noqa: F401
