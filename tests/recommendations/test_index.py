import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def titles(response):
    return [card.title for card in response.context["cards"]]


def test_unfiltered_index_shows_recommendations_and_lists(client, index, catalogue):
    response = client.get(index.url)
    assert response.status_code == 200
    assert sorted(titles(response)) == ["推荐城记", "推荐草房子", "科普书单"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("category=children", ["推荐草房子", "科普书单"]),
        ("category=humanities", ["推荐城记"]),
        ("category=thematic", []),
        ("age=primary", ["推荐草房子"]),
        ("age=adult", ["推荐城记"]),
        ("age=secondary", ["科普书单"]),
        ("theme=北京", ["推荐城记"]),
        ("theme=童年", ["推荐草房子", "科普书单"]),
        ("year=2026", ["推荐城记"]),
        ("year=2024", ["科普书单"]),
        ("year=1999", []),
        ("type=list", ["科普书单"]),
        ("type=recommendation", ["推荐城记", "推荐草房子"]),
        ("category=children&type=recommendation&age=primary&theme=童年&year=2025", ["推荐草房子"]),
        # Named after the fields; the names above are the old ones, still read.
        ("kind=list", ["科普书单"]),
        ("age_groups=primary", ["推荐草房子"]),
        ("themes=北京", ["推荐城记"]),
        (
            "category=children&kind=recommendation&age_groups=primary&themes=童年&year=2025",
            ["推荐草房子"],
        ),
    ],
)
def test_each_filter(client, index, catalogue, query, expected):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert sorted(titles(response)) == sorted(expected)
    assert not response.context["filters"].errors
    if not expected:
        assert "没有符合条件的推荐或书单" in response.content.decode()


@pytest.mark.parametrize(
    "query, message",
    [
        ("category=poetry", "没有“poetry”这个分类"),
        ("age=baby", "没有“baby”这个适读年龄"),
        ("theme=不存在的主题", "没有“不存在的主题”这个主题"),
        ("type=../../etc/passwd", "这个内容类型"),
        ("year=abc", "“abc”不是有效的年份"),
        ("year=-1", "不是有效的年份"),
        ("year=99999999999999", "不是有效的年份"),
        ("category=%ff", "这个分类"),
        ("category=" + "x" * 500, "这个分类"),
    ],
)
def test_bad_filter_values_give_an_empty_list_and_a_message(
    client, index, catalogue, query, message
):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert response.context["cards"] == []
    assert message in response.content.decode()


def test_pagination_keeps_the_filters(client, index, make_book, make_recommendation):
    book = make_book(category="science")
    for i in range(index.per_page + 2):
        make_recommendation(book=book, title=f"推荐 {i:02d}", slug=f"rec-{i}")
    response = client.get(f"{index.url}?category=science&page=2")
    assert len(response.context["cards"]) == 2
    first = client.get(f"{index.url}?category=science").content.decode()
    assert "?category=science&amp;page=2" in first
    assert client.get(f"{index.url}?page=abc").status_code == 200


def count_queries(client, url):
    # Warm up: renditions are generated and site settings created on the first views.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), len(response.context["cards"])


SERIAL = itertools.count()


def fill(index, make_book, make_recommendation, make_list, count):
    """``count`` items: four recommendations for every list of two books."""
    for i in range(count):
        n = next(SERIAL)
        book = make_book(title=f"书 {n}", themes=[f"主题{n % 3}"])
        if i % 5 == 4:
            make_list([book, make_book(title=f"另一本 {n}")], title=f"书单 {n}", slug=f"list-{n}")
        else:
            make_recommendation(book=book, title=f"推荐 {n}", slug=f"rec-{n}")


@pytest.mark.usefixtures("one_pixel_renditions")
def test_index_query_count_does_not_grow_with_items(
    client, index, make_book, make_recommendation, make_list, capsys
):
    index.per_page = 50
    type(index).per_page = 50
    try:
        fill(index, make_book, make_recommendation, make_list, 5)
        few, shown_few = count_queries(client, index.url)
        fill(index, make_book, make_recommendation, make_list, 45)
        many, shown_many = count_queries(client, index.url)
    finally:
        type(index).per_page = 12
    assert (shown_few, shown_many) == (5, 50)
    assert few == many, f"{few} queries for 5 items, {many} for 50"
    with capsys.disabled():
        print(f"\nindex: {few} queries for 5 items, {many} for 50")


@pytest.mark.usefixtures("one_pixel_renditions")
def test_english_index_uses_the_same_query_count(
    client, index, home_en, make_book, make_recommendation, make_list, locale_en
):
    fill(index, make_book, make_recommendation, make_list, 5)
    index_en = index.copy_for_translation(locale_en)
    index_en.save_revision().publish()
    few, _ = count_queries(client, index_en.url)
    fill(index, make_book, make_recommendation, make_list, 10)
    many, _ = count_queries(client, index_en.url)
    assert few == many
