"""Submission exports: formula cells neutralised, a BOM, and every look at personal data audited."""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import PageLogEntry

from engagement.factories import FormPageFactory, add_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_page(home):
    page = FormPageFactory(parent=home, slug="feedback", title="意见留言")
    add_fields(page, [("称呼", "singleline", True, "", ""), ("留言", "multiline", True, "", "")])
    page.save_revision().publish()
    for text in ['=HYPERLINK("http://evil.example","点我")', "+1", "-2", "@SUM(A1)", "\tx", "好书"]:
        FormSubmission.objects.create(
            page=page, form_data={"u79f0u547c": "张女士", "u7559u8a00": text}
        )
    return page


def listing(page):
    return reverse("wagtailforms:list_submissions", args=[page.pk])


def test_csv_neutralises_formulas_and_starts_with_a_bom(client, form_page, reviewer):
    client.force_login(reviewer)
    response = client.get(listing(form_page) + "?export=csv")
    assert response.status_code == 200
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert "'=HYPERLINK" in body and "\n=HYPERLINK" not in body and ",=HYPERLINK" not in body
    for cell in ("'+1", "'-2", "'@SUM(A1)", "'\tx"):
        assert cell in body
    assert ",好书" in body


def test_view_export_and_delete_are_audited_with_counts_only(client, form_page, reviewer):
    client.force_login(reviewer)
    client.get(listing(form_page))
    client.get(listing(form_page) + "?export=xlsx")
    ids = list(FormSubmission.objects.filter(page=form_page).values_list("pk", flat=True)[:2])
    delete = reverse("wagtailforms:delete_submissions", args=[form_page.pk])
    query = "&".join(f"selected-submissions={pk}" for pk in ids)
    assert client.post(f"{delete}?{query}").status_code == 302
    entries = {e.action: e for e in PageLogEntry.objects.filter(page=form_page, user=reviewer)}
    assert entries["sxc.submissions_view"].data == {"count": 6}
    assert entries["sxc.submissions_export"].data == {"count": 6, "format": "xlsx"}
    assert entries["sxc.submissions_delete"].data == {"count": 2}
    assert "张女士" not in str([e.data for e in entries.values()])
    assert entries["sxc.submissions_export"].message == "导出了 6 条表单提交（xlsx）"


def test_administrators_see_the_entries_in_site_history(client, form_page, reviewer, admin_user):
    client.force_login(reviewer)
    client.get(listing(form_page) + "?export=csv")
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert "导出表单提交" in response.content.decode()


def test_old_submissions_are_purged_and_the_purge_is_audited(form_page, settings):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    settings.FORM_SUBMISSION_RETENTION_DAYS = 30
    old = FormSubmission.objects.filter(page=form_page)[:2]
    FormSubmission.objects.filter(pk__in=[s.pk for s in old]).update(
        submit_time=timezone.now() - datetime.timedelta(days=31)
    )
    call_command("purge_form_submissions", stdout=__import__("io").StringIO())
    assert FormSubmission.objects.filter(page=form_page).count() == 4
    entry = PageLogEntry.objects.get(page=form_page, action="sxc.submissions_purge")
    assert entry.data == {"count": 2, "days": 30}
