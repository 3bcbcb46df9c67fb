"""Production must send e-mail for real: the console backend would write submissions and
password-reset links into the server log."""

from django.conf import settings
from django.core.checks import Error, Tags, register

REFUSED_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
}


@register(Tags.security)
def email_backend_check(app_configs, **kwargs):
    if not getattr(settings, "EMAIL_REQUIRE_REAL_BACKEND", False):
        return []
    backend = getattr(settings, "EMAIL_BACKEND", "") or ""
    if backend and backend not in REFUSED_BACKENDS:
        return []
    return [
        Error(
            "生产环境必须配置真实的邮件发送方式：设置环境变量 EMAIL_BACKEND"
            "（如 django.core.mail.backends.smtp.EmailBackend 及 EMAIL_HOST 等）。"
            f"当前为“{backend or '未设置'}”，控制台方式会把表单内容和重置密码链接写进日志。",
            hint="见 docs/deployment.md「邮件」一节。",
            id="accounts.E001",
        )
    ]
