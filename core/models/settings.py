"""Site-wide text and links that editors manage in 设置."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core import lookups


class CachedSiteSetting(BaseSiteSetting):
    """Read from the shared cache under the page-cache version (``core.lookups``): every
    page shows these, and they change only when an editor saves them."""

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        return lookups.setting_for_site(
            cls, site, lambda: super(CachedSiteSetting, cls).for_site(site)
        )

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteSettings(CachedSiteSetting):
    """Who runs the portal, the legally required registration numbers, and defaults."""

    # Read with the settings (once per request): the footer's QR code and the share
    # card's fallback image cost no query of their own.
    select_related = ["wechat_qr", "default_share_image"]

    organiser = models.CharField(
        "主办单位", max_length=100, blank=True, help_text="页脚显示，如：北京市西城区文化和旅游局。"
    )
    operator = models.CharField(
        "承办单位", max_length=100, blank=True, help_text="页脚显示，可留空。"
    )
    address = models.CharField("联系地址", max_length=200, blank=True)
    phone = models.CharField("联系电话", max_length=40, blank=True)
    email = models.EmailField("联系邮箱", blank=True)
    site_code = models.CharField(
        "网站标识码", max_length=40, blank=True, help_text="政府网站标识码，如：1101020001。"
    )
    icp_number = models.CharField(
        "ICP 备案号",
        max_length=60,
        blank=True,
        help_text="如：京ICP备XXXXXXXX号；链接到工信部备案系统。",
    )
    police_number = models.CharField(
        "公网安备号", max_length=60, blank=True, help_text="如：京公网安备 11010202000000 号。"
    )
    wechat_account = models.CharField(
        "微信公众号名称", max_length=60, blank=True, help_text="页脚二维码旁显示。"
    )
    wechat_qr = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="微信公众号二维码",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="上传公众号二维码图片（正方形）。",
    )
    default_description = models.CharField(
        "默认描述",
        max_length=255,
        blank=True,
        help_text="页面没有搜索描述和导语时，用作搜索引擎和分享卡片的描述。",
    )
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="默认分享图片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="页面没有自己的图片时用于分享卡片，建议 1200×630 以上。",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("operator"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading="主办与联系",
        ),
        MultiFieldPanel(
            [FieldPanel("site_code"), FieldPanel("icp_number"), FieldPanel("police_number")],
            heading="备案信息",
        ),
        MultiFieldPanel(
            [FieldPanel("wechat_account"), FieldPanel("wechat_qr")], heading="微信公众号"
        ),
        MultiFieldPanel(
            [FieldPanel("default_description"), FieldPanel("default_share_image")],
            heading="搜索与分享默认值",
        ),
    ]

    class Meta:
        verbose_name = "站点信息"


@register_setting(icon="list-ul")
class NavigationSettings(CachedSiteSetting):
    """Which menus appear in the header and the footer (wagtail.org keeps menus as settings)."""

    select_related = ["main_menu", "footer_menu"]

    main_menu = models.ForeignKey(
        "core.Menu",
        verbose_name="主导航",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="页头显示的菜单；英文站点自动使用该菜单的英文译本。",
    )
    footer_menu = models.ForeignKey(
        "core.Menu",
        verbose_name="页脚链接",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="页脚显示的链接，如关于我们、隐私说明。",
    )

    panels = [FieldPanel("main_menu"), FieldPanel("footer_menu")]

    class Meta:
        verbose_name = "导航菜单"
