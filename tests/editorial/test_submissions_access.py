"""Form submissions hold personal data: only 表单审阅 members and administrators read them."""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from engagement.factories import FormPageFactory, add_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_page(home):
    page = FormPageFactory(parent=home, slug="feedback", title="意见留言")
    add_fields(page, [("称呼", "singleline", True, "", ""), ("联系电话", "phone", True, "", "")])
    page.save_revision().publish()
    FormSubmission.objects.create(
        page=page, form_data={"u79f0u547c": "张女士", "u8054u7cfbu7535u8bdd": "13800000000"}
    )
    return page


def urls(page):
    listing = reverse("wagtailforms:list_submissions", args=[page.pk])
    submission = FormSubmission.objects.get(page=page)
    return {
        "list": listing,
        "csv": listing + "?export=csv",
        "xlsx": listing + "?export=xlsx",
        "delete": reverse("wagtailforms:delete_submissions", args=[page.pk])
        + f"?selected-submissions={submission.pk}",
    }


@pytest.mark.parametrize("who", ["editor", "moderator", "plain_user"])
def test_others_get_403_on_list_export_and_delete(client, form_page, who, request):
    user = request.getfixturevalue(who)
    client.force_login(user)
    for name, url in urls(form_page).items():
        assert client.get(url).status_code == 403, name
    assert client.post(urls(form_page)["delete"]).status_code == 403
    assert FormSubmission.objects.filter(page=form_page).count() == 1
    assert client.get(reverse("wagtailforms:index")).status_code == 403
    assert "只有“表单审阅”组的成员和管理员" in client.get(urls(form_page)["csv"]).content.decode()


def test_the_forms_menu_is_shown_to_reviewers_only(client, form_page, editor, reviewer):
    client.force_login(editor)
    assert '"/admin/forms/"' not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(reviewer)
    assert '"/admin/forms/"' in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, form_page):
    response = client.get(urls(form_page)["csv"])
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("who", ["reviewer", "admin_user"])
def test_reviewers_and_administrators_list_and_export(client, form_page, who, request):
    client.force_login(request.getfixturevalue(who))
    listing = client.get(urls(form_page)["list"])
    assert listing.status_code == 200
    assert "张女士" in listing.content.decode()
    export = client.get(urls(form_page)["csv"])
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    body = export.content.decode("utf-8-sig")
    assert "称呼" in body and "张女士" in body and "13800000000" in body
    assert "意见留言" in client.get(reverse("wagtailforms:index")).content.decode()


def test_reviewers_need_no_page_permissions_and_cannot_edit_pages(client, form_page, reviewer):
    assert not form_page.permissions_for_user(reviewer).can_edit()
    client.force_login(reviewer)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[form_page.pk])).status_code in (
        302,
        403,
    )


def test_a_reviewer_may_delete_submissions(client, form_page, reviewer):
    client.force_login(reviewer)
    response = client.post(urls(form_page)["delete"])
    assert response.status_code == 302
    assert not FormSubmission.objects.filter(page=form_page).exists()
