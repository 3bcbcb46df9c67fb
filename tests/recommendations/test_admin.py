import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def books(make_book):
    return [
        make_book(title="骆驼祥子", authors="老舍", isbn="9780553380163"),
        make_book(title="城南旧事", authors="林海音"),
        make_book(title="三体", authors="刘慈欣"),
    ]


@pytest.mark.parametrize(
    "query, expected", [("骆驼", "骆驼祥子"), ("林海音", "城南旧事"), ("97805533", "骆驼祥子")]
)
def test_chooser_searches_title_author_and_isbn(admin_client, books, query, expected):
    url = reverse("wagtailsnippetchoosers_recommendations_book:choose_results")
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert expected in html
    others = {b.title for b in books} - {expected}
    assert not any(title in html for title in others)


def test_book_listing_filters_by_category(admin_client, make_book):
    make_book(title="草房子", category="children")
    make_book(title="时间简史", category="science")
    url = reverse("wagtailsnippets_recommendations_book:list")
    html = admin_client.get(url, {"category": "children"}).content.decode()
    assert "草房子" in html and "时间简史" not in html


def test_page_editors_can_open_every_form(admin_client, index):
    for model in ("bookrecommendationpage", "booklistpage"):
        url = reverse("wagtailadmin_pages:add", args=["recommendations", model, index.pk])
        assert admin_client.get(url).status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_recommendations_book:add")).status_code == 200
