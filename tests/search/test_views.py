"""The /search/ page and the autocomplete endpoint."""

from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def get(client, query_string, path="/search/"):
    return client.generic("GET", path, QUERY_STRING=quote(query_string, safe="=&%+"))


def test_results_with_count_type_and_highlighted_snippet(client, make_page):
    make_page("活动通知", intro="全民阅读推广活动下周在西城区图书馆开始。")
    response = get(client, "q=阅读")
    html = response.content.decode()
    assert response.status_code == 200
    assert "找到 1 条与“阅读”相关的结果" in html
    assert "全民<mark>阅读</mark>推广活动" in html
    assert 'href="/%E6%B4%BB%E5%8A%A8%E9%80%9A%E7%9F%A5/"' in html or "活动通知</a>" in html
    assert response["X-Robots-Tag"] == "noindex"


def test_snippet_text_is_escaped_before_marking(client, make_page):
    make_page("转义", intro="<b>阅读</b> & <script>alert(1)</script> 1<2")
    html = get(client, "q=阅读").content.decode()
    # Tags are dropped, what is left is escaped, and only then is the word marked.
    assert "<mark>阅读</mark> &amp; alert(1) 1&lt;2" in html
    assert "<b>" not in html and "<script>alert(1)" not in html


def test_filter_by_type_and_unknown_type(client, make_page, home):
    make_page("阅读指南", intro="如何阅读")
    html = get(client, "q=阅读&type=standardpage").content.decode()
    assert "<mark>阅读</mark>指南" in html and 'aria-current="true">普通页面 (1)' in html
    response = get(client, "q=阅读&type=nonsense")
    html = response.content.decode()
    assert response.status_code == 200
    assert "没有“nonsense”这个内容类型" in html
    assert "指南</a>" not in html


def test_pagination(client, make_page):
    for n in range(13):
        make_page(f"书单 {n}", intro="推荐书单")
    first = get(client, "q=书单").content.decode()
    assert "找到 13 条" in first and 'rel="next"' in first
    second = get(client, "q=书单&page=2").content.decode()
    assert second.count('class="search-result"') == 3
    assert get(client, "q=书单&page=abc").status_code == 200
    assert get(client, "q=书单&page=999").status_code == 200


def test_some_words_only_falls_back_to_any_word(client, make_page):
    make_page("亲子阅读", intro="亲子阅读讲座")
    html = get(client, "q=亲子阅读马拉松").content.decode()
    assert "没有同时包含全部词语的结果" in html
    assert "<mark>亲子阅读</mark>" in html


def test_no_results_suggests_shorter_words(client, make_page):
    make_page("街道活动", intro="西城各街道的阅读活动")
    html = get(client, "q=西城区图书馆").content.decode()
    assert "找到 0 条" in html and "没有找到？试试这些" in html
    assert 'href="?q=%E8%A5%BF%E5%9F%8E">西城</a>' in html


def test_nothing_at_all_offers_sections(client, make_page):
    make_page("关于本站", show_in_menus=True)
    html = get(client, "q=zzzzqqq").content.decode()
    assert "找到 0 条" in html
    assert "或者按栏目浏览" in html and "关于本站" in html


def test_editors_promotions_come_first(client, make_page):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    promoted = make_page("政策原文", intro="没有这个词")
    make_page("阅读活动", intro="阅读")
    SearchPromotion.objects.create(
        query=Query.objects.create(query_string="阅读"), page=promoted, description="编辑推荐的说明"
    )
    html = get(client, "q=阅读").content.decode()
    assert "编辑推荐" in html and "编辑推荐的说明" in html
    assert html.index("政策原文") < html.index("活动</a>")


def test_search_writes_nothing_to_the_database(client, make_page):
    from wagtail.contrib.search_promotions.models import Query

    make_page("阅读", intro="阅读")
    client.get("/")  # site settings are created by the first request, not by search
    with CaptureQueriesContext(connection) as ctx:
        assert get(client, "q=阅读").status_code == 200
        assert get(client, "q=没有结果的词").status_code == 200
        assert get(client, "q=阅读", path="/search/autocomplete/").status_code == 200
    writes = [
        q["sql"]
        for q in ctx.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE"))
    ]
    assert writes == []
    assert not Query.objects.exists()


def test_hits_are_counted_in_the_cache_and_flushed_in_batch(client, make_page):
    from django.core.management import call_command
    from wagtail.contrib.search_promotions.models import Query

    make_page("阅读", intro="阅读")
    for _ in range(3):
        get(client, "q=阅读")
    get(client, "q=阅读&page=2")  # only first pages count
    call_command("flush_search_hits", stdout=__import__("io").StringIO())
    assert Query.objects.get(query_string="阅读").hits == 3
    call_command("flush_search_hits", stdout=__import__("io").StringIO())
    assert Query.objects.get(query_string="阅读").hits == 3


def test_query_count_does_not_grow_with_results(client, make_page):
    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert get(client, "q=书香").status_code == 200
        return [q["sql"] for q in ctx.captured_queries]

    for n in range(5):
        make_page(f"书香 {n}", intro="书香")
    # Warm up: site settings, menus and the site root paths are cached after first use.
    queries()
    queries()
    five = queries()
    for n in range(5, 50):
        make_page(f"书香 {n}", intro="书香")
    fifty = queries()
    assert len(fifty) == len(five), "\n".join(q[:120] for q in fifty)


@pytest.mark.parametrize(
    "query_string",
    [
        "q=",
        "q=%20%20",
        "q=" + "阅" * 800,  # 7.2 KiB encoded, under the 8 KiB limit: cut with a message
        "q=%22%2A%28%29-%3A%5E",
        "q=...%E3%80%82%EF%BC%8C",
        "q=NEAR%28%E9%98%85%E8%AF%BB%29",
        "q=%E9%98%85%E8%AF%BB%20AND%20OR%20NOT",
        "q=%22%E9%98%85%E8%AF%BB",
        "q=-%E9%98%85%E8%AF%BB*",
        "q=%ff%fe%fd",
        "q=%E4%B8",
        "q=%3Cscript%3Ealert(1)%3C/script%3E",
        "q=a&q=b",
        "type=" + "x" * 500,
        "q=%E9%98%85%E8%AF%BB&type=%ff",
        "q=%E9%98%85%E8%AF%BB&page=-1",
    ],
)
@pytest.mark.parametrize("path", ["/search/", "/en/search/", "/search/autocomplete/"])
def test_bad_input_gets_an_answer_not_an_error(client, make_page, query_string, path):
    make_page("阅读", intro="阅读")
    response = get(client, query_string, path)
    assert response.status_code == 200
    if path != "/search/autocomplete/":
        html = response.content.decode()
        assert 'class="message"' in html or 'class="search-count"' in html


def test_messages_for_empty_punctuation_and_long_queries(client):
    assert "请输入要搜索的词语" in get(client, "q=").content.decode()
    assert "没有可以搜索的文字" in get(client, "q=%EF%BC%81%EF%BC%81").content.decode()
    assert "搜索词太长" in get(client, "q=" + "阅" * 800).content.decode()


def test_ten_thousand_characters_are_refused_by_the_middleware(client):
    response = get(client, "q=" + "a" * 10_000)
    assert response.status_code == 400
    assert "过长" in response.content.decode()


def test_autocomplete_json(client, make_page):
    make_page("西城区第一图书馆")
    make_page("Scholarly Reading Club")
    response = get(client, "q=第一图", "/search/autocomplete/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["query"] == "第一图"
    assert [r["title"] for r in data["results"]] == ["西城区第一图书馆"]
    assert data["results"][0]["url"].endswith("/")
    assert data["results"][0]["type"] == "普通页面"
    assert get(client, "q=", "/search/autocomplete/").json() == {"query": "", "results": []}
    assert get(client, "q=%22%2A", "/search/autocomplete/").json()["results"] == []


def test_english_pages_under_en(client, home_en):
    from home.factories import StandardPageFactory

    StandardPageFactory(parent=home_en, title="Reading Spaces", intro="Libraries near you")
    html = get(client, "q=library", "/en/search/").content.decode()
    assert "Reading Spaces" in html and "<mark>Libraries</mark>" in html
    # Chinese search shows it as a result in another language.
    html = get(client, "q=library").content.decode()
    assert "其他语言版本中的结果" in html and "Reading Spaces" in html


def test_header_has_a_search_form_that_works_without_javascript(client, home):
    html = client.get("/").content.decode()
    assert 'role="search"' in html and 'action="/search/"' in html and 'name="q"' in html
    assert "js/search.js" in html and "defer" in html


def test_every_result_type_has_an_english_label():
    """The type facets of /en/search/ name every page type (and books) in English."""
    import re

    from django.utils import translation

    from search.results import result_types

    with translation.override("en"):
        chinese = {key: str(t.label) for key, t in result_types().items()}
    untranslated = {
        key: label for key, label in chinese.items() if re.search(r"[\u4e00-\u9fff]", label)
    }
    assert not untranslated
