"""Autosave is off (issue 12, item 4): a late autosave overwrote a newer explicit save
(wagtail/wagtail#13749) and saved an unconfirmed go-live time and empty list rows."""

import pytest
from django.urls import reverse

from home.factories import StandardPageFactory
from recommendations.factories import BookFactory

pytestmark = pytest.mark.django_db


@pytest.mark.indexes
def test_page_and_snippet_editors_do_not_autosave(admin_client, home):
    page = StandardPageFactory(parent=home, slug="autosave", title="自动保存")
    book = BookFactory(title="城南旧事")
    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]),
        reverse("wagtailsnippets_recommendations_book:edit", args=[book.pk]),
        reverse("wagtailsnippets_recommendations_book:add"),
    ):
        html = admin_client.get(url).content.decode()
        assert "data-w-autosave-interval-value" not in html, url
        assert "w-unsaved:add->w-autosave#save" not in html, url
