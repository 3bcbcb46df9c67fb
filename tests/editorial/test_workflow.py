"""Real users in each group walk the workflow through the admin: submit, approve, go live."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def edit_data(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "comments": {
            "TOTAL_FORMS": 0,
            "INITIAL_FORMS": 0,
            "MIN_NUM_FORMS": 0,
            "MAX_NUM_FORMS": 1000,
        },
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def page(home):
    page = StandardPageFactory(parent=home, slug="reading-week", title="阅读周", intro="旧导语")
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.mark.indexes
def test_editor_cannot_publish(client, editor, page):
    assert not page.permissions_for_user(editor).can_publish()
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, intro="编辑想直接发布", **{"action-publish": "action-publish"}),
    )
    assert response.status_code in (200, 302, 403)
    page.refresh_from_db()
    assert page.intro == "旧导语"  # the live page did not change
    # The edit form offers "submit for moderation", not "publish".
    content = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="action-submit"' in content
    assert 'name="action-publish"' not in content


def test_editor_submits_and_moderator_approves_then_the_page_goes_live(
    client, editor, moderator, page
):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, intro="新导语：欢迎参加阅读周", **{"action-submit": "action-submit"}),
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "审核发布"
    assert state.requested_by == editor
    page.refresh_from_db()
    assert page.intro == "旧导语"  # not live before approval

    # The editor's dashboard shows the submission; the moderator's the task to review.
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "编辑工作台" in dashboard and "我提交的审核（1）" in dashboard

    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "待我审核（1）" in dashboard and "阅读周" in dashboard

    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": "内容准确，同意发布"},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    page.refresh_from_db()
    assert page.live and page.intro == "新导语：欢迎参加阅读周"
    assert client.get(page.url).status_code == 200


def test_moderator_can_reject_and_the_editor_sees_it_needs_changes(client, editor, moderator, page):
    client.force_login(editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, intro="有错别字的导语", **{"action-submit": "action-submit"}),
    )
    state = WorkflowState.objects.get(object_id=str(page.pk))
    client.force_login(moderator)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "请修改错别字"},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    page.refresh_from_db()
    assert page.intro == "旧导语"
    client.force_login(editor)
    assert "需要修改" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_page_with_a_past_go_live_date_is_published_by_publish_scheduled(home):
    real_now = timezone.now()
    page = StandardPageFactory(parent=home, slug="later", title="定时发布", live=False)
    page.go_live_at = real_now - datetime.timedelta(minutes=5)
    revision = page.save_revision()
    # Approved two hours ago, for a go-live date one hour later: it waits for the scheduler.
    with mock.patch(
        "django.utils.timezone.now", return_value=real_now - datetime.timedelta(hours=2)
    ):
        revision.publish()
    page.refresh_from_db()
    assert not page.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at == page.go_live_at
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


def test_a_page_past_its_expiry_date_is_unpublished_by_publish_scheduled(home):
    page = StandardPageFactory(parent=home, slug="expiring", title="到期下线")
    page.save_revision().publish()
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live and page.expired
