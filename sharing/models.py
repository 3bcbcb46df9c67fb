"""Which other sites may show this site's pages in an iframe (the embed view only)."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def parse_origins(text):
    """The origins in ``text`` (one a line), normalised; raises ValueError on a bad line."""
    origins = []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = urlsplit(line)
        try:
            port = parts.port
        except ValueError:
            port = None
            parts = parts._replace(netloc="")
        if (
            parts.scheme not in ("http", "https")
            or not parts.hostname
            or parts.username
            or parts.password
            or parts.path not in ("", "/")
            or parts.query
            or parts.fragment
            or any(char in line for char in " ;,'\"")
        ):
            raise ValueError(number, line)
        host = parts.hostname
        if ":" in host:  # an IPv6 address keeps its brackets in an origin
            host = f"[{host}]"
        origins.append(f"{parts.scheme}://{host}" + (f":{port}" if port else ""))
    return origins


def validate_origins(text):
    try:
        parse_origins(text)
    except ValueError as error:
        number, line = error.args
        raise ValidationError(
            "第 %(number)s 行“%(line)s”不是有效的网站来源。请只填写 http:// 或 https:// 开头的来源，"
            "如 https://www.example.edu.cn，不要带路径。",
            params={"number": number, "line": line[:80]},
        )


@register_setting(icon="code")
class EmbedSettings(BaseSiteSetting):
    """The allowlist applied as CSP ``frame-ancestors`` on the embed view."""

    allowed_origins = models.TextField(
        "允许嵌入的网站",
        blank=True,
        validators=[validate_origins],
        help_text="每行一个网站来源，如 https://www.example.edu.cn。只有这些网站能用 iframe 嵌入本站页面的嵌入版；"
        "留空表示只有本站自己可以嵌入（其他网站都不行）。完整页面始终不允许被嵌入。",
    )

    panels = [FieldPanel("allowed_origins")]

    class Meta:
        verbose_name = "嵌入设置"

    def frame_ancestors(self):
        """CSP sources for ``frame-ancestors``: this site and the allowlist (only this site
        when it is empty: another site frames the embed view only once it is listed)."""
        return ["'self'", *parse_origins(self.allowed_origins)]
