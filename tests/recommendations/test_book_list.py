import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from recommendations.factories import BookListPageFactory
from recommendations.models import MAX_LIST_ITEMS, BookListPage

pytestmark = pytest.mark.django_db


def list_form_data(books, slug="shudan"):
    return nested_form_data(
        {
            "title": "测试书单",
            "slug": slug,
            "intro": "",
            "how_to_use": rich_text("<p>从第一本读起。</p>"),
            "year": 2026,
            "season": "year",
            "audience": ["primary"],
            "items": inline_formset(
                [{"book": book.pk, "blurb": f"{book.title}的推荐语。"} for book in books]
            ),
            "comments": inline_formset([]),
        }
    )


def test_admin_accepts_25_books(admin_client, index, make_book):
    books = [make_book(title=f"书 {i}") for i in range(MAX_LIST_ITEMS)]
    url = reverse("wagtailadmin_pages:add", args=["recommendations", "booklistpage", index.pk])
    response = admin_client.post(url, list_form_data(books))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = BookListPage.objects.get(slug="shudan")
    assert page.items.count() == MAX_LIST_ITEMS


def test_admin_refuses_a_26th_book_with_a_clear_message(admin_client, index, make_book):
    books = [make_book(title=f"书 {i}") for i in range(MAX_LIST_ITEMS + 1)]
    url = reverse("wagtailadmin_pages:add", args=["recommendations", "booklistpage", index.pk])
    response = admin_client.post(url, list_form_data(books))
    assert response.status_code == 200
    html = response.content.decode()
    assert "一份书单最多收录 25 本书，现在有 26 本，请删去 1 本后再保存。" in html
    assert not BookListPage.objects.filter(slug="shudan").exists()


def test_deleted_rows_do_not_count(admin_client, index, make_book):
    books = [make_book(title=f"书 {i}") for i in range(MAX_LIST_ITEMS + 1)]
    data = list_form_data(books)
    data["items-25-DELETE"] = "1"
    url = reverse("wagtailadmin_pages:add", args=["recommendations", "booklistpage", index.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert BookListPage.objects.get(slug="shudan").items.count() == MAX_LIST_ITEMS


def test_model_refuses_26_books_outside_the_admin(index, make_book):
    books = [make_book(title=f"书 {i}") for i in range(MAX_LIST_ITEMS + 1)]
    with pytest.raises(ValidationError, match="最多收录 25 本书"):
        BookListPageFactory(parent=index, books=books)


def test_list_page_shows_books_in_order_with_blurbs(client, make_list, make_book):
    books = [make_book(title=title) for title in ("第一本", "第二本", "第三本")]
    page = make_list(books, blurbs=["甲。", "乙。", "丙。"], title="三本书")
    html = client.get(page.url).content.decode()
    assert html.index("《第一本》") < html.index("《第二本》") < html.index("《第三本》")
    assert 'id="book-2"' in html
    assert "乙。" in html
