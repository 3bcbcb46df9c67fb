import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from recommendations import demo_data
from recommendations.models import Book, BookListPage, BookRecommendationPage

pytestmark = pytest.mark.django_db


def json_ld_types(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block)["@type"] for block in blocks]


def test_demo_content_is_complete_and_every_page_renders(demo, client, capsys):
    zh_books = Book.objects.filter(locale__language_code="zh-hans")
    assert zh_books.count() >= 40
    assert not zh_books.exclude(isbn="").exists()  # no ISBN we are not sure of
    assert {"骆驼祥子", "茶馆", "四世同堂", "城南旧事"} <= set(
        zh_books.values_list("title", flat=True)
    )
    assert all(book.cover_id for book in zh_books)

    recs = BookRecommendationPage.objects.live().filter(locale__language_code="zh-hans")
    lists = BookListPage.objects.live().filter(locale__language_code="zh-hans")
    assert recs.count() >= 25 and lists.count() >= 4
    for page in [*recs, *lists]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        types = json_ld_types(response.content.decode())
        assert "BreadcrumbList" in types
        assert ("Book" if isinstance(page, BookRecommendationPage) else "ItemList") in types
    for page in lists:
        assert 1 <= page.items.count() <= 25

    # Reasons are 4–5 sentences.
    for reason in (row["reason"] for row in demo_data.RECOMMENDATIONS):
        assert 4 <= reason.count("。") <= 5, reason[:20]

    index = client.get("/books/")
    assert index.status_code == 200
    assert "好书推荐" in client.get("/").content.decode()
    children = client.get("/books/?category=children&type=recommendation").context["cards"]
    assert children and all(card.book.category == "children" for card in children)
    assert client.get("/books/?theme=京味文学").context["cards"]

    # English versions
    html = client.get("/en/books/luotuo-xiangzi/").content.decode()
    assert "Rickshaw Boy" in html and "Lao She" in html
    html = client.get("/en/books/jingwei-wenxue/").content.decode()
    assert "Beijing in Literature" in html and "My Memories of Old Beijing" in html
    cards = client.get("/en/books/").context["cards"]
    assert {"Rickshaw Boy", "The Three-Body Problem"} <= {c.book.title for c in cards if c.book}

    # Query counts of the index (filtered or not) and of the detail pages
    counts = {}
    for url in (
        "/books/",
        "/books/?category=literature&age=adult",
        "/books/luotuo-xiangzi/",
        "/books/jingwei-wenxue/",
    ):
        client.get(url)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    with capsys.disabled():
        print("\nqueries per page:", counts)
    assert counts["/books/"] == counts["/books/?category=literature&age=adult"]
