"""A form inside another site's iframe would fail CSRF on submit: the embed view links out."""

import pytest

from engagement.models import FormPage

pytestmark = pytest.mark.django_db


def test_embedded_form_links_to_the_full_page(client, demo):
    form_page = FormPage.objects.live().filter(locale__language_code="zh-hans").first()
    embed = client.get(f"/embed/{form_page.pk}/").content.decode()
    assert 'class="public-form"' not in embed
    assert 'target="_top"' in embed and "打开表单" in embed
    full = client.get(form_page.url).content.decode()
    assert 'class="public-form"' in full
