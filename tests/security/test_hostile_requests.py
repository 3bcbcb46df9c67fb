"""No 5xx from any input: hosts, bodies, API parameters, share routes (SQLite and PostgreSQL)."""

import logging

import pytest
from django.test import RequestFactory
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page

from core.views import dev_static
from engagement.factories import FormPageFactory, add_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_page(home):
    page = FormPageFactory(parent=home, slug="feedback", title="意见留言")
    add_fields(page, [("称呼", "singleline", True, "", "")])
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("host", ["evil.example", "a" * 300, "evil.example:8080", "[::1", "x y"])
def test_a_foreign_host_is_a_plain_400_logged_once(client, home, host, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/", HTTP_HOST=host)
    assert response.status_code == 400
    assert "主机名不属于本站" in response.content.decode()
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(records) == 1 and records[0].levelno == logging.WARNING
    assert records[0].name == "sxc.security"


def test_a_foreign_host_on_a_page_that_shares_is_still_400(client, form_page):
    response = client.get(form_page.url, HTTP_HOST="evil.example")
    assert response.status_code == 400


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "utf-16-be"])
def test_undecodable_form_bodies_are_400(client, form_page, charset):
    body = "称呼=王&csrfmiddlewaretoken=x".encode() + b"\xff\xfe\x00"
    for path in (form_page.url, "/admin/login/", "/search/"):
        response = client.generic(
            "POST", path, body, content_type=f"application/x-www-form-urlencoded; charset={charset}"
        )
        assert response.status_code == 400, path
        assert "无法解码" in response.content.decode()


@pytest.mark.parametrize(
    "query, words",
    [
        ("offset=99999999999999999999", "offset"),
        ("offset=-1", "offset"),
        ("limit=1e3", "limit"),
        ("search=书&search_operator=xor", "search_operator"),
        ("first_published_at=%27", "first_published_at"),
        ("last_published_at=2026-13-45", "last_published_at"),
        ("child_of=99999999999999999999", "child_of"),
        ("id=99999999999999999999", "id"),
        ("descendant_of=abc", "descendant_of"),
    ],
)
def test_api_parameters_are_validated(client, home, query, words):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert words in response.json()["message"]


@pytest.mark.parametrize("endpoint", ["images", "documents", "books"])
def test_every_endpoint_validates(client, home, endpoint):
    assert client.get(f"/api/v2/{endpoint}/?offset=99999999999999999999").status_code == 400
    assert client.get(f"/api/v2/{endpoint}/99999999999999999999/").status_code == 404


@pytest.mark.indexes
def test_api_accepts_good_values(client, home):
    response = client.get("/api/v2/pages/?offset=0&limit=5&search=书&search_operator=or")
    assert response.status_code == 200
    assert client.get("/api/v2/pages/?first_published_at=2026-01-01T00:00:00Z").status_code == 200


@pytest.mark.parametrize(
    "url", ["http://testserver/%00", "http://testserver/\x00", "http://testserver/a%00b/", "%00"]
)
def test_oembed_with_nul_is_4xx(client, home, url):
    response = client.get("/oembed/", {"url": url})
    assert response.status_code in (400, 404)


@pytest.mark.parametrize(
    "route", ["/sharing/qr/{}.svg", "/sharing/poster/{}.png", "/sharing/card/{}.png", "/embed/{}/"]
)
def test_share_routes_refuse_the_tree_root_and_unknown_ids(client, home, route):
    root = Page.objects.get(depth=1)
    assert client.get(route.format(root.pk)).status_code == 404
    assert client.get(route.format(99999999999999999999)).status_code == 404
    assert client.get(route.format(home.pk)).status_code == 200


def test_oembed_refuses_what_is_not_a_page(client, home):
    assert client.get("/oembed/", {"url": "http://testserver/admin/"}).status_code == 404


def test_trace_is_refused(client, home):
    for path in ("/", "/admin/login/", "/api/v2/pages/"):
        response = client.generic("TRACE", path)
        assert response.status_code == 405 and "TRACE" not in response["Allow"]


@pytest.mark.parametrize("path", ["../", "..", "css/../../x", "../../etc/passwd"])
def test_dev_static_refuses_climbing_paths(settings, path):
    from django.http import Http404

    settings.DEBUG = True
    with pytest.raises(Http404):
        dev_static(RequestFactory().get("/static/" + path), path)


LISTING_PARAMETERS = [
    "page",
    "q",
    "category",
    "tag",
    "year",
    "month",
    "type",
    "street",
    "open",
    "kind",
    "theme",
    "age",
    "brand",
    "venue",
    "when",
    "audience",
    "offset",
]
query_values = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
)


def listing_paths():
    """Every index page of the demo (one per type and language) and the site-wide lists."""
    seen, paths = set(), ["/", "/search/", "/api/v2/pages/", "/feeds/articles.rss", "/sitemap.xml"]
    for page in Page.objects.live().filter(depth__gt=2).exclude(numchild=0).specific():
        key = (type(page), page.locale_id)
        if key not in seen:
            seen.add(key)
            paths.append(page.url)
    return paths


def test_fuzzed_listing_queries_never_5xx(demo, client):
    from urllib.parse import urlencode

    paths = listing_paths()
    assert len(paths) > 10

    @hypothesis_settings(
        max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    @given(
        st.lists(st.tuples(st.sampled_from(LISTING_PARAMETERS), query_values), max_size=4),
        st.sampled_from(paths),
    )
    def run(pairs, path):
        response = client.get(path + "?" + urlencode(pairs))
        assert response.status_code < 500, (path, pairs)

    run()
