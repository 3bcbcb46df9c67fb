"""Framing and CSP of the admin and of editors' previews (issue 12, item 1).

Wagtail renders a preview through a dummy request that runs the whole middleware chain,
so the public policy (frame-ancestors 'none', X-Frame-Options DENY) used to reach the
preview iframe and the preview and Checks panels stayed blank.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.factories import StandardPageFactory
from recommendations.factories import BookFactory
from tests.editorial.test_workflow import edit_data
from tests.recommendations.test_book_admin import book_form

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response.headers.get("Content-Security-Policy", "")
    parts = (part.strip().split() for part in policy.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


@pytest.fixture
def page(home):
    page = StandardPageFactory(parent=home, slug="reading-week", title="阅读周", intro="导语")
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def preview(client, page):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(url, edit_data(page, intro="预览中的导语")).json()["is_valid"]
    return client.get(url, {"in_preview_panel": "true"})


def test_editors_page_preview_may_be_framed_by_the_admin_only(client, editor, page):
    client.force_login(editor)
    response = preview(client, page)
    assert response.status_code == 200
    assert "预览中的导语" in response.content.decode()
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    # The rest of the public policy is unchanged: no inline scripts in the preview either.
    assert policy["script-src"] == ["'self'"]


def test_book_preview_may_be_framed_by_the_admin(client, editor):
    book = BookFactory(title="城南旧事", authors="林海音")
    client.force_login(editor)
    url = reverse("wagtailsnippets_recommendations_book:preview_on_edit", args=[book.pk])
    assert client.post(url, book_form(title="城南旧事（预览）", locale=str(book.locale_id))).json()[
        "is_valid"
    ]
    response = client.get(url, {"in_preview_panel": "true"})
    assert response.status_code == 200
    assert "城南旧事（预览）" in response.content.decode()
    assert directives(response)["frame-ancestors"] == ["'self'"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.indexes
def test_everything_else_stays_unframable(client, editor, page):
    response = client.get(page.url)
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert response.headers["X-Frame-Options"] == "DENY"
    client.force_login(editor)
    # Signed-in editors reading the public page: still unframable.
    response = client.get(page.url)
    assert directives(response)["frame-ancestors"] == ["'none'"]
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert response.headers["X-Frame-Options"] == "DENY"


def test_preview_unavailable_page_may_be_framed_by_the_admin(client, editor, page):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    client.post(url, edit_data(page, title=""))  # invalid: Wagtail's "preview unavailable"
    response = client.get(url, {"in_preview_panel": "true"})
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_anonymous_visitors_get_no_preview(client, page):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.get(url, {"in_preview_panel": "true"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.indexes
def test_the_admin_has_its_own_policy(client, editor, page):
    response = client.get(reverse("wagtailadmin_login"))
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]  # the sign-in page: no inline scripts
    assert policy["frame-ancestors"] == ["'none'"]
    client.force_login(editor)
    policy = directives(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    # Wagtail 8's widgets need inline scripts; nothing from other sites, no eval.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "'unsafe-eval'" not in sum(policy.values(), [])
