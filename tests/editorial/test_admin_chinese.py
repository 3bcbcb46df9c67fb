"""The Chinese admin has no English left from Wagtail 8 (issue 12, item 7).

Wagtail 8.0's zh_Hans catalogues lack the strings added since they were last updated; the
project's locale/zh_Hans supplies them (Python and JavaScript catalogues)."""

from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

CATALOGUES = [
    (Path(wagtail.__file__).parent / "admin", "django"),
    (Path(wagtail.__file__).parent / "admin", "djangojs"),
    (Path(wagtail.__file__).parent / "snippets", "django"),
    (Path(wagtail.__file__).parent / "images", "django"),
    (Path(wagtail.__file__).parent / "documents", "django"),
    (Path(wagtail.__file__).parent / "users", "django"),
    (Path(wagtail.__file__).parent / "contrib/forms", "django"),
    (Path(wagtail.__file__).parent / "contrib/table_block", "django"),
    (Path(wagtail.__file__).parent / "contrib/search_promotions", "django"),
    (Path(wagtail.__file__).parent / "contrib/redirects", "django"),
    (Path(wagtail.__file__).parent, "django"),
    (Path(wagtail_localize.__file__).parent, "django"),
    (Path(wagtail_localize.__file__).parent, "djangojs"),
]


# Strings that read the same in Chinese (a product name, placeholders only).
SAME_IN_CHINESE = {"Wagtail API v3", "%(related_model_name)s %(field_label)s"}


def missing_in_wagtail(package, domain):
    english = polib.pofile(package / f"locale/en/LC_MESSAGES/{domain}.po")
    chinese = polib.pofile(package / f"locale/zh_Hans/LC_MESSAGES/{domain}.po")
    have = {(e.msgctxt, e.msgid) for e in chinese if e.translated()}
    return [e for e in english if not e.obsolete and (e.msgctxt, e.msgid) not in have]


@pytest.mark.parametrize("package, domain", CATALOGUES)
def test_every_string_wagtail_lacks_in_chinese_is_translated(package, domain):
    from django.utils.translation import trans_real

    entries = missing_in_wagtail(package, domain)
    assert entries  # Wagtail 8.0 lacks them; drop the supplement once upstream has them
    catalog = trans_real.DjangoTranslation("zh-hans", domain=domain)
    untranslated = []
    for entry in entries:
        if entry.msgid_plural:
            text = catalog.ngettext(entry.msgid, entry.msgid_plural, 2)
            english = entry.msgid_plural
        else:
            text = catalog.gettext(entry.msgid)
            english = entry.msgid
        if text == english and english not in SAME_IN_CHINESE:
            untranslated.append(entry.msgid)
    assert untranslated == []


def test_the_strings_editors_saw_in_english():
    with translation.override("zh-hans"):
        assert translation.gettext("Autosave is paused") == "自动保存已暂停"
        assert translation.gettext("Go to the first error") == "转到第一个错误"
        assert (
            translation.gettext("The page could not be saved due to validation errors.")
            == "表单有错误，页面未能保存。"
        )
        assert translation.gettext("Choose when this page should go live and/or expire") == (
            "选择这个页面的上线和/或下线时间"
        )
        assert translation.gettext("Content metrics") == "内容指标"


def test_the_javascript_catalogue_of_the_admin_is_chinese(admin_client):
    admin_client.get(reverse("wagtailadmin_home"))
    response = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    text = response.content.decode("unicode_escape")
    assert "正在自动保存…" in text and "发送预览数据时出错。" in text
