"""Only administrators route submissions (通知邮箱); every change is audited."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from engagement.factories import FormPageFactory, add_fields
from engagement.models import FormPage
from tests.security.admin_forms import edit_form_data

pytestmark = pytest.mark.django_db

OFFICE = "reading@xicheng.example.gov.cn"
STRANGER = "collector@evil.example"


@pytest.fixture
def form_page(home):
    page = FormPageFactory(parent=home, slug="feedback", title="意见留言", to_address=OFFICE)
    add_fields(page, [("称呼", "singleline", True, "", "")])
    page.save_revision().publish()
    return FormPage.objects.get(pk=page.pk)


def edit(client, page, **changes):
    """Post the edit form as the browser would (StreamFields, built by JavaScript there,
    are posted empty: the test pages have no body)."""
    from wagtail.fields import StreamField
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = client.get(url).content.decode()
    data = edit_form_data(html, **changes)
    streams = [f.name for f in FormPage._meta.get_fields() if isinstance(f, StreamField)]
    data.update(nested_form_data({name: streamfield([]) for name in streams}))
    return client.post(url, data), html


@pytest.mark.indexes
def test_moderators_do_not_see_the_field_and_cannot_post_it(client, moderator, form_page):
    client.force_login(moderator)
    response, html = edit(
        client, form_page, to_address=STRANGER, title="意见留言（改）", **{"action-publish": "1"}
    )
    assert 'name="to_address"' not in html
    assert response.status_code == 302, response.content.decode()[:2000]
    form_page.refresh_from_db()
    assert form_page.title == "意见留言（改）"  # the publish went through …
    assert form_page.to_address == OFFICE  # … without the address


def test_a_revision_cannot_carry_an_address_into_the_live_page(form_page, moderator):
    draft = FormPage.objects.get(pk=form_page.pk)
    draft.to_address = STRANGER
    revision = draft.save_revision(user=moderator)
    revision.publish(user=moderator)
    form_page.refresh_from_db()
    assert form_page.to_address == OFFICE
    assert form_page.get_latest_revision_as_object().to_address == OFFICE


@pytest.mark.indexes
def test_administrators_change_it_and_the_change_is_audited(client, admin_user, form_page):
    client.force_login(admin_user)
    response, html = edit(client, form_page, to_address=f"{OFFICE}, duty@xicheng.example.gov.cn")
    assert 'name="to_address"' in html
    assert response.status_code == 302
    form_page.refresh_from_db()
    assert form_page.to_address == f"{OFFICE}, duty@xicheng.example.gov.cn"
    entry = PageLogEntry.objects.get(page=form_page, action="sxc.notification_address")
    assert entry.user == admin_user and entry.data == {"before": 1, "after": 2}
    assert "@" not in str(entry.data)
