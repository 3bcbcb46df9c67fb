"""Demo accounts, the accessibility checker, Chinese help text, the dashboard panel."""

import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.userbar import AccessibilityItem, AdminItem

from editorial import demo_users, roles
from editorial.accessibility import EditorAccessibilityItem, use_editor_checker
from editorial.dashboard import week_bounds

pytestmark = pytest.mark.django_db


def test_demo_users_are_created_in_their_groups_and_printed_once_per_run():
    lines = demo_users.ensure()
    User = get_user_model()
    for username, group, password, _ in demo_users.DEMO_USERS:
        user = User.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password(password) and not user.is_superuser
        assert any(f"{username} / {password}" in line for line in lines)
    again = demo_users.ensure()
    assert User.objects.filter(username__in=["editor", "moderator", "reviewer"]).count() == 3
    assert all("已存在" in line for line in again)
    editor = User.objects.get(username="editor")
    editor.set_password("changed-by-admin")
    editor.save()
    assert any("editor / （密码已修改）" in line for line in demo_users.ensure())


def test_the_userbar_uses_the_editors_accessibility_checker():
    items = [AdminItem(), AccessibilityItem()]
    use_editor_checker(None, items, None)
    assert isinstance(items[1], EditorAccessibilityItem)
    config = items[1].get_axe_configuration(None)
    assert config["context"]["include"] == ["main"]
    assert {"heading-order", "image-alt", "link-name"} <= set(config["options"]["runOnly"])
    assert config["messages"]["heading-order"]["error_name"] == "标题层级跳级"


def test_the_checker_runs_on_a_page_for_an_editor(client, home, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("e2", password="x")
    user.groups.add(Group.objects.get(name=roles.EDITOR))
    client.force_login(user)
    content = client.get(home.url).content.decode()
    start = content.index('id="checker-axe-configuration"')
    data = content[content.index(">", start) + 1 : content.index("</script>", start)]
    assert json.loads(data)["context"]["include"] == ["main"]


PROJECT = {"editorial", "engagement", "promoters"}


def test_every_field_of_these_apps_has_chinese_help_text_or_label():
    missing = []
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT - {"editorial"}:
            continue
        for field in model._meta.get_fields():
            if not getattr(field, "editable", False) or field.auto_created:
                continue
            if field.name in {"id", "page", "sort_order", "clean_name"} or field.name.endswith(
                "_ptr"
            ):
                continue
            if not field.help_text and field.name not in {
                "label",
                "required",
                "choices",
                "default_value",
            }:
                missing.append(f"{model.__name__}.{field.name}")
    assert not [m for m in missing if m.split(".")[1] not in _inherited_with_help()], missing


def _inherited_with_help():
    """Fields Wagtail and core.BasePage define (their help text is translated or Chinese)."""
    from wagtail.models import Page

    return {f.name for f in Page._meta.get_fields()} | {
        "intro",
        "listing_image",
        "listing_title",
        "listing_summary",
        "social_image",
        "social_text",
        "help_text",
        "field_type",
    }


def test_week_bounds_are_monday_to_sunday():
    import datetime

    monday, sunday = week_bounds(datetime.date(2026, 11, 26))  # a Thursday
    assert monday == datetime.date(2026, 11, 23) and sunday == datetime.date(2026, 11, 29)


def test_dashboard_panel_renders_for_every_group(client, editor, moderator, reviewer):
    for user in (editor, moderator, reviewer):
        client.force_login(user)
        response = client.get(reverse("wagtailadmin_home"))
        assert response.status_code == 200
        content = response.content.decode()
        assert "编辑工作台" in content and "本周结束的活动阶段" in content
