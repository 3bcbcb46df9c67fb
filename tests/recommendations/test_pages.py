import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from recommendations.models import RelatedBook

pytestmark = pytest.mark.django_db


def json_ld(response):
    html = response.content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def of_type(objects, kind):
    return [o for o in objects if o.get("@type") == kind]


@pytest.fixture
def full_book(make_book):
    return make_book(
        title="三体",
        authors="刘慈欣",
        publisher="重庆出版社",
        year=2008,
        isbn="978-0-553-38016-3",
        book_format="Paperback",
        pages=302,
        category="literature",
        age_groups=["secondary", "adult"],
        themes=["科幻"],
    )


def test_recommendation_page_shows_the_book(client, make_recommendation, full_book, make_book):
    related = make_book(title="时间简史", authors="史蒂芬·霍金")
    page = make_recommendation(
        book=full_book,
        title="中国科幻的里程碑",
        reason="<p>第一句。第二句。第三句。第四句。</p>",
        recommender_name="郑一帆（示例）",
        excerpt="一段书摘。",
        excerpt_source="第一章",
        related_books=[RelatedBook(book=related)],
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    expected = ("《三体》", "刘慈欣", "重庆出版社", "2008", "9780553380163", "第四句")
    expected += ("郑一帆（示例）", "一段书摘", "《时间简史》")
    for text in expected:
        assert text in html, text
    assert "<picture>" in html


def test_recommendation_json_ld(client, make_recommendation, full_book):
    page = make_recommendation(book=full_book, title="中国科幻的里程碑")
    data = json_ld(client.get(page.url))
    [book] = of_type(data, "Book")
    assert book["@context"] == "https://schema.org"
    assert book["name"] == "三体"
    assert book["author"] == [{"@type": "Person", "name": "刘慈欣"}]
    assert book["url"].endswith(page.url)
    edition = book["workExample"]
    assert edition["@type"] == "Book"
    assert edition["isbn"] == "9780553380163"
    assert edition["bookFormat"] == "https://schema.org/Paperback"
    assert edition["publisher"] == {"@type": "Organization", "name": "重庆出版社"}
    assert edition["datePublished"] == "2008"
    assert edition["author"] == [{"@type": "Person", "name": "刘慈欣"}]
    assert edition["inLanguage"] == "zh"
    assert edition["image"]["@type"] == "ImageObject"
    assert edition["image"]["url"].startswith("http")
    assert book["review"]["author"]["name"] == "示例推荐人（示例）"
    [crumbs] = of_type(data, "BreadcrumbList")
    assert [c["name"] for c in crumbs["itemListElement"]][-2:] == ["好书推荐", "中国科幻的里程碑"]


def test_book_list_json_ld_points_at_the_books(client, make_list, make_book, make_recommendation):
    first, second = (
        make_book(title="骆驼祥子", authors="老舍"),
        make_book(title="茶馆", authors="老舍"),
    )
    rec = make_recommendation(book=second, title="一座茶馆")
    page = make_list([first, second], title="京味文学")
    data = json_ld(client.get(page.url))
    [item_list] = of_type(data, "ItemList")
    assert item_list["numberOfItems"] == 2
    elements = item_list["itemListElement"]
    assert [e["position"] for e in elements] == [1, 2]
    assert [e["item"]["name"] for e in elements] == ["骆驼祥子", "茶馆"]
    assert elements[0]["url"].endswith(f"{page.url}#book-1")
    assert elements[1]["url"].endswith(rec.url)
    assert elements[1]["item"]["workExample"]["author"] == [{"@type": "Person", "name": "老舍"}]
    assert of_type(data, "BreadcrumbList")


def test_missing_optional_fields_leave_no_nulls(client, make_recommendation, make_book):
    page = make_recommendation(book=make_book(title="无名书", cover=None))
    response = client.get(page.url)
    assert response.status_code == 200
    [book] = of_type(json_ld(response), "Book")
    assert "isbn" not in book["workExample"]
    assert "null" not in json.dumps(book)


def test_detail_page_query_count_is_fixed(client, make_recommendation, full_book, make_book):
    few = make_recommendation(
        book=full_book, slug="few", related_books=[RelatedBook(book=make_book())]
    )
    many = make_recommendation(
        book=full_book, slug="many", related_books=[RelatedBook(book=make_book()) for _ in range(6)]
    )
    counts = []
    for page in (few, many):
        client.get(page.url)
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_book_preview_renders_the_bibliographic_table(make_book):
    book = make_book(title="预览书", publisher="中华书局", isbn="0553380168")
    response = book.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "《预览书》" in html and "中华书局" in html and "9780553380163" in html
