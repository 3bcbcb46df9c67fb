"""Admin search and chooser of books, and the duplicate warning (issue 12, items 2 and 3)."""

import pytest
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import nested_form_data, streamfield

from recommendations.models import Book

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(make_book):
    return [
        make_book(
            title="骆驼祥子",
            authors="老舍",
            publisher="人民文学出版社",
            year=2000,
            isbn="9787020042494",
        ),
        make_book(title="城南旧事", authors="林海音", publisher="中国青年出版社"),
        make_book(title="三体", authors="刘慈欣", publisher="重庆出版社"),
    ]


@pytest.mark.parametrize(
    "query",
    ["骆驼", "老舍", "人民文学", "9787020042494", "978-7-02-004249-4", "7020042"],
)
def test_book_listing_and_chooser_search_title_author_publisher_isbn(admin_client, shelf, query):
    for url_name in (
        "wagtailsnippets_recommendations_book:list",
        "wagtailsnippetchoosers_recommendations_book:choose_results",
    ):
        response = admin_client.get(reverse(url_name), {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        assert "骆驼祥子" in html, (url_name, query)
        assert "城南旧事" not in html and "三体" not in html, (url_name, query)


@pytest.mark.indexes
def test_every_snippet_listing_and_chooser_searches(admin_client, shelf):
    """Each registered snippet model: its listing and chooser answer a search with 200."""
    checked = 0
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        for name in ("list", "list_results"):
            url = reverse(viewset.get_url_name(name))
            response = admin_client.get(url, {"q": "测试 书"})
            assert response.status_code == 200, (model, name)
        chooser = viewset.chooser_viewset
        url = reverse(f"{chooser.name}:choose_results")
        assert admin_client.get(url, {"q": "测试"}).status_code == 200, model
        checked += 1
    assert checked >= 3


@pytest.mark.indexes
def test_page_image_and_document_searches(admin_client, shelf, home):
    for url in (
        reverse("wagtailadmin_pages:search"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_explore", args=[home.pk]),
    ):
        assert admin_client.get(url, {"q": "阅读"}).status_code == 200, url


def test_chooser_rows_show_author_publisher_year_and_mark_duplicates(
    admin_client, shelf, make_book
):
    make_book(title="活着", authors="余华", publisher="作家出版社", year=2012)
    make_book(title="活着", authors="余华", publisher="作家出版社", year=2012)
    url = reverse("wagtailsnippetchoosers_recommendations_book:choose_results")
    html = admin_client.get(url, {"q": "活着"}).content.decode()
    assert "作家出版社" in html and "2012" in html and "余华" in html
    assert html.count("可能重复") == 2
    html = admin_client.get(url, {"q": "骆驼"}).content.decode()
    assert "人民文学出版社" in html and "2000" in html
    assert "可能重复" not in html


def book_form(**fields):
    data = {
        "title": "活着",
        "subtitle": "",
        "authors": "余华",
        "translator": "",
        "publisher": "作家出版社",
        "year": "2012",
        "isbn": "",
        "pages": "",
        "book_format": "",
        "language": "zh",
        "category": "literature",
        "age_groups": ["adult"],
        "themes": "",
        "borrow_links": streamfield([]),
        "locale": "1",
    }
    data.update(fields)
    return nested_form_data(data)


def test_book_form_warns_about_a_duplicate_and_keeps_what_was_typed(admin_client, make_book):
    first = make_book(title="活着", authors="余华", publisher="作家出版社", year=2012)
    url = reverse("wagtailsnippets_recommendations_book:add")
    response = admin_client.post(url, book_form(subtitle="新版"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "可能重复" in html and f"ID {first.pk}" in html
    assert "新版" in html  # nothing typed is lost
    assert Book.objects.filter(title="活着").count() == 1
    # Same ISBN, another title: also a candidate.
    first.isbn = "9787506365437"
    first.save()
    response = admin_client.post(url, book_form(title="活着（精装）", isbn="978-7-5063-6543-7"))
    assert "可能重复" in response.content.decode()
    # Confirmed: saved.
    response = admin_client.post(url, book_form(subtitle="新版", confirm_not_duplicate="on"))
    assert response.status_code == 302
    assert Book.objects.filter(title="活着").count() == 2


def test_translations_are_not_duplicates(make_book, locale_en):
    from recommendations.duplicates import candidates_for, duplicate_ids

    book = make_book(title="活着", authors="余华", isbn="9787506365437")
    english = book.copy_for_translation(locale_en)
    english.save()
    assert candidates_for(book) == []
    assert duplicate_ids([book, english]) == set()
