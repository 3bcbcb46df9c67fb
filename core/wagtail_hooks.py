from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import Menu


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = "菜单"
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["name", "locale"]
    search_fields = ["name"]


register_snippet(MenuViewSet)


# Audit actions written with core.audit.audit(); labels in Chinese, messages built from
# the entry's data (counts and formats only, never personal data).
AUDIT_ACTIONS = {
    "sxc.submissions_view": ("查看表单提交", "查看了 {count} 条表单提交"),
    "sxc.submissions_export": ("导出表单提交", "导出了 {count} 条表单提交（{format}）"),
    "sxc.submissions_delete": ("删除表单提交", "删除了 {count} 条表单提交"),
    "sxc.submissions_purge": ("到期删除表单提交", "删除了 {count} 条超过 {days} 天的表单提交"),
    "sxc.login": ("登录成功", "登录成功（{method}）"),
    "sxc.login_failed": ("登录失败", "登录失败：密码错误或账号不存在"),
    "sxc.lockout": ("登录锁定", "连续登录失败，账号或地址已被暂时锁定"),
    "sxc.logout": ("退出登录", "退出登录"),
    "sxc.password_reset_request": ("申请重置密码", "申请了重置密码邮件"),
    "sxc.password_reset": ("重置密码", "通过重置邮件设置了新密码"),
    "sxc.password_change": ("修改密码", "修改了密码"),
    "sxc.otp_enrol": ("启用两步验证", "绑定了验证器应用（TOTP）"),
    "sxc.otp_failed": ("两步验证失败", "两步验证码错误"),
    "sxc.notification_address": ("修改通知邮箱", "通知邮箱由 {before} 个地址改为 {after} 个地址"),
}


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    for action, (label, template) in AUDIT_ACTIONS.items():

        class Formatter(LogFormatter):
            def format_message(self, log_entry, template=template):
                data = dict.fromkeys(("count", "format", "method", "before", "after", "days"), "")
                data.update(log_entry.data or {})
                return template.format(**data)

        Formatter.label = label
        actions.register_action(action)(Formatter)
