import pytest

from recommendations.factories import COVER_SIZE, CoverFactory

pytestmark = pytest.mark.django_db


def test_books_endpoint_lists_live_books_with_cover_renditions(client, make_book):
    book = make_book(
        title="三体",
        authors="刘慈欣",
        isbn="0553380168",
        age_groups=["adult"],
        themes=["科幻"],
        cover=CoverFactory(size=COVER_SIZE),
    )
    make_book(title="草稿书", live=False)
    response = client.get("/api/v2/books/")
    assert response.status_code == 200
    data = response.json()
    assert [item["title"] for item in data["items"]] == ["三体"]
    item = data["items"][0]
    assert item["isbn"] == "9780553380163"
    assert item["cover_image"]["width"] == 300 and item["cover_image"]["height"] == 425
    assert item["cover_image"]["url"].endswith(".png")

    detail = client.get(f"/api/v2/books/{book.pk}/").json()
    assert detail["age_groups"] == ["adult"]
    assert detail["theme_names"] == ["科幻"]
    assert detail["category_label"] == "文学艺术"
    assert detail["cover_large"]["width"] == 600


def test_books_endpoint_filters_by_locale_and_refuses_unknown_parameters(client, make_book):
    make_book(title="城南旧事")
    assert client.get("/api/v2/books/?locale=en").json()["meta"]["total_count"] == 0
    assert client.get("/api/v2/books/?locale=zh-hans").json()["meta"]["total_count"] == 1
    assert client.get("/api/v2/books/?title=城南旧事").json()["meta"]["total_count"] == 1
    assert client.get("/api/v2/books/?bogus=1").status_code == 400
    assert client.get("/api/v2/books/99999/").status_code == 404


def test_pages_api_carries_books(client, make_recommendation, make_list, make_book):
    camel = make_book(title="骆驼祥子", cover=CoverFactory(size=COVER_SIZE))
    rec = make_recommendation(book=camel, title="推荐骆驼祥子")
    make_list(
        [make_book(title="茶馆"), make_book(title="四世同堂")], title="京味", audience=["adult"]
    )
    data = client.get(
        "/api/v2/pages/?type=recommendations.BookRecommendationPage&fields=book,reason,related_books"
    ).json()
    [item] = data["items"]
    assert item["id"] == rec.pk
    assert item["book"]["title"] == "骆驼祥子"
    assert item["book"]["cover_image"]["height"] == 425
    data = client.get(
        "/api/v2/pages/?type=recommendations.BookListPage&fields=items,audience,year"
    ).json()
    [book_list] = data["items"]
    assert book_list["audience"] == ["adult"]
    assert [i["book"]["title"] for i in book_list["items"]] == ["茶馆", "四世同堂"]
    assert [i["position"] for i in book_list["items"]] == [1, 2]
