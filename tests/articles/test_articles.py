import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import ArticlePageFactory
from tests.articles.jsonld import json_ld_objects, json_ld_of_type
from tests.cache import clear_cache

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_index_filters_by_category_and_tag(client, article_index):
    ArticlePageFactory(
        parent=article_index, title="图书馆新闻", category="news", tag_names=["图书馆"]
    )
    ArticlePageFactory(
        parent=article_index, title="亲子共读指南", category="guide", tag_names=["亲子阅读"]
    )
    html = client.get(article_index.url, {"category": "guide"}).content.decode()
    assert "亲子共读指南" in html and "图书馆新闻" not in html
    html = client.get(article_index.url, {"tag": "图书馆"}).content.decode()
    assert "图书馆新闻" in html and "亲子共读指南" not in html
    html = client.get(article_index.url, {"category": "news", "tag": "亲子阅读"}).content.decode()
    assert "没有符合条件的文章" in html
    # The parameter is named after the field (tags); "tag" above is the old name, still read.
    html = client.get(article_index.url, {"tags": "图书馆"}).content.decode()
    assert "图书馆新闻" in html and "亲子共读指南" not in html
    assert '<select name="tags">' in html and '<option value="图书馆" selected>' in html


@pytest.mark.parametrize(
    "query, message",
    [
        ({"category": "gossip"}, "没有“gossip”这个栏目"),
        ({"tag": "不存在的标签"}, "没有“不存在的标签”这个标签"),
        ({"tag": "x" * 500}, "这个标签"),
        ({"category": "<script>"}, "这个栏目"),
    ],
)
def test_bad_filter_values_give_a_chinese_message_and_an_empty_list(
    client, article_index, query, message
):
    ArticlePageFactory(parent=article_index, title="应当被过滤掉的文章")
    response = client.get(article_index.url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "应当被过滤掉的文章" not in html
    assert "<script>" not in html.split("<main", 1)[1].split("</main>")[0]


@pytest.mark.parametrize("page", ["abc", "-1", "99999", "1" * 30])
def test_bad_page_numbers_still_render(client, make_articles, article_index, page):
    make_articles(15)
    assert client.get(article_index.url, {"page": page}).status_code == 200


def test_pagination_keeps_the_filters(client, article_index, make_articles):
    make_articles(15, category="guide")
    html = client.get(article_index.url, {"category": "guide"}).content.decode()
    assert "category=guide&amp;page=2" in html


def _count_queries(client, url):
    clear_cache()
    # Warm up: renditions and the site's navigation settings are created on first use.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.usefixtures("one_pixel_renditions")
def test_index_query_count_does_not_grow_with_articles(client, article_index, make_articles):
    make_articles(5, tag_names=["亲子阅读", "图书馆"])
    few = _count_queries(client, article_index.url)
    make_articles(45, tag_names=["书香家庭"])
    many = _count_queries(client, article_index.url)
    assert few == many


def test_index_and_article_link_their_feeds_in_the_head(client, article_index):
    article = ArticlePageFactory(parent=article_index)
    for url in (article_index.url, article.url):
        head = client.get(url).content.decode().split("</head>")[0]
        assert 'rel="alternate" type="application/rss+xml"' in head
        assert f'href="{article_index.url}feed/rss/"' in head
        assert f'href="{article_index.url}feed/atom/"' in head
        assert 'href="/feeds/articles.rss"' in head


@pytest.mark.parametrize("url", ["/feeds/articles.rss", "INDEX/feed/rss/"])
def test_rss_feeds_are_rss_2(client, article_index, url):
    ArticlePageFactory(parent=article_index, title="第一篇", tag_names=["亲子阅读"])
    ArticlePageFactory(parent=article_index, title="第二篇", category="guide")
    url = url.replace("INDEX/", article_index.url)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") and channel.findtext("link").startswith("http")
    items = channel.findall("item")
    assert {item.findtext("title") for item in items} == {"第一篇", "第二篇"}
    for item in items:
        assert item.findtext("link").startswith("http://testserver/")
        assert item.findtext("pubDate")
        assert item.findtext("guid")
    categories = {c.text for item in items for c in item.findall("category")}
    assert {"新闻", "阅读指南", "亲子阅读"} <= categories


@pytest.mark.parametrize("url", ["/feeds/articles.atom", "INDEX/feed/atom/"])
def test_atom_feeds_are_atom_1(client, article_index, url):
    ArticlePageFactory(parent=article_index, title="第一篇")
    response = client.get(url.replace("INDEX/", article_index.url))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}id") and root.findtext(f"{ATOM}updated")
    assert root.find(f"{ATOM}author").findtext(f"{ATOM}name")
    assert root.find(f"{ATOM}link[@rel='self']").get("href").startswith("http://testserver/")
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.findtext(f"{ATOM}title") == "第一篇"
    assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
    assert entry.findtext(f"{ATOM}updated")


def test_site_feed_is_per_language_and_skips_drafts(client, article_index):
    ArticlePageFactory(parent=article_index, title="已发布")
    draft = ArticlePageFactory(parent=article_index, title="草稿")
    draft.unpublish()
    root = ET.fromstring(client.get("/feeds/articles.rss").content)
    titles = [item.findtext("title") for item in root.iter("item")]
    assert titles == ["已发布"]
    root = ET.fromstring(client.get("/en/feeds/articles.rss").content)
    assert root.findall("channel/item") == []


def test_feed_of_one_index_leaves_out_other_indexes(client, home, article_index):
    from articles.factories import ArticleIndexPageFactory

    other = ArticleIndexPageFactory(parent=home, slug="guides", title="指南")
    ArticlePageFactory(parent=article_index, title="资讯里的")
    ArticlePageFactory(parent=other, title="指南里的")
    root = ET.fromstring(client.get(other.url + "feed/rss/").content)
    assert [i.findtext("title") for i in root.iter("item")] == ["指南里的"]


def test_article_json_ld_is_news_article_or_article(client, article_index):
    news = ArticlePageFactory(parent=article_index, category="news", tag_names=["图书馆"])
    guide = ArticlePageFactory(
        parent=article_index, category="guide", author="张三", author_kind="person"
    )
    html = client.get(news.url).content.decode()
    assert all(json_ld_objects(html))
    (item,) = json_ld_of_type(html, "NewsArticle")
    assert item["headline"] == news.title
    assert item["datePublished"].startswith(news.date.isoformat())
    assert item["keywords"] == "图书馆"
    assert item["author"] == {"@type": "Organization", "name": "书香西城编辑部"}
    assert json_ld_of_type(html, "BreadcrumbList")
    html = client.get(guide.url).content.decode()
    (item,) = json_ld_of_type(html, "Article")
    assert item["author"] == {"@type": "Person", "name": "张三"}
    assert item["articleSection"] == "阅读指南"


def test_article_shows_related_pages_and_tags(client, article_index):
    other = ArticlePageFactory(parent=article_index, title="另一篇文章")
    article = ArticlePageFactory(parent=article_index, tag_names=["亲子阅读"])
    article.related_pages.create(related_page=other)
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "另一篇文章" in html
    assert "?tags=%E4%BA%B2%E5%AD%90%E9%98%85%E8%AF%BB" in html
