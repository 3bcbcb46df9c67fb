"""Who never gets or makes a cached page: editors, forms with a CSRF token, cookies, sessions."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory

from core import pagecache
from core.pagecache_middleware import HIT_HEADER, PageCacheMiddleware

from .helpers import get

pytestmark = pytest.mark.django_db


def test_logged_in_editor_never_gets_a_cached_page(client, standard):
    get(client, "/guide/")
    assert get(client, "/guide/")[1] == "hit"
    editor = get_user_model().objects.create_superuser("editor-x", "e@example.org", "pw-12345")
    client.force_login(editor)
    response, state = get(client, "/guide/")
    assert state == ""
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    client.logout()
    client.cookies.clear()
    # What the editor saw was not stored for anonymous readers either.
    assert get(client, "/guide/")[1] == "hit"


def test_form_page_with_csrf_token_is_never_stored(client, home):
    from engagement.factories import FormFieldFactory, FormPageFactory

    form = FormPageFactory(parent=home, slug="feedback")
    FormFieldFactory(page=form)
    for _ in range(2):
        response, state = get(client, "/feedback/")
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert state == ""
        assert "public" not in response["Cache-Control"]


def test_response_setting_a_cookie_is_never_stored():
    factory = RequestFactory()

    def view(request):
        response = HttpResponse("<p>hello</p>")
        response.set_cookie("tracking", "1")
        return pagecache.apply_cache_policy(request, response, 60)

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        request = factory.get("/cookie/")
        request.user = _anonymous()
        response = middleware(request)
        assert response.get(HIT_HEADER, "") == ""
        assert "private" in response["Cache-Control"]


def test_session_cookie_bypasses_the_cache(client, standard):
    get(client, "/guide/")
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "not-a-session"
    assert get(client, "/guide/")[1] == ""


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()
