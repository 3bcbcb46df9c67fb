import pytest
from django.core.exceptions import ValidationError

from recommendations.isbn import InvalidISBN, is_valid_isbn, isbn10_to_13, parse_isbn
from recommendations.models import Book

# A checksum-valid ISBN-10 and its ISBN-13 form, used only to exercise the arithmetic.
VALID_13 = "9780553380163"
VALID_10 = "0553380168"


@pytest.mark.parametrize(
    "raw",
    [
        "9780553380163",
        "978-0-553-38016-3",
        "978 0 553 38016 3",
        " 978-0553380163 ",
        "978–0–553–38016–3",
    ],
)
def test_isbn13_with_or_without_hyphens_is_stored_as_13_digits(raw):
    assert parse_isbn(raw) == VALID_13


@pytest.mark.parametrize("raw", ["0553380168", "0-553-38016-8", "0 553 38016 8"])
def test_isbn10_becomes_isbn13(raw):
    assert parse_isbn(raw) == VALID_13


def test_isbn10_with_x_check_digit():
    # 0-8044-2957-X is a textbook ISBN-10 with an X check digit.
    assert parse_isbn("0-8044-2957-x") == "9780804429573"
    assert isbn10_to_13("080442957X") == "9780804429573"


def test_empty_isbn_is_allowed():
    assert parse_isbn("") == ""
    assert parse_isbn(None) == ""
    assert parse_isbn(" - ") == ""


@pytest.mark.parametrize(
    "raw, words",
    [
        ("9780553380164", "校验码不正确"),
        ("0553380169", "校验码不正确"),
        ("978055338016", "10 位或 13 位"),
        ("97805533801X3", "只能包含数字"),
        ("9770553380163", "978 或 979"),
        ("05533801Y8", "ISBN-10"),
        ("书号", "10 位或 13 位"),
    ],
)
def test_bad_isbns_get_a_chinese_message(raw, words):
    with pytest.raises(InvalidISBN) as error:
        parse_isbn(raw)
    assert words in str(error.value)
    assert not is_valid_isbn(raw)


def test_bad_checksum_message_names_the_right_digit():
    with pytest.raises(InvalidISBN, match="最后一位应为 3"):
        parse_isbn("978-0-553-38016-4")


@pytest.mark.django_db
def test_model_clean_refuses_a_bad_checksum_in_chinese(make_book):
    book = make_book()
    book.isbn = "978-0-553-38016-4"
    with pytest.raises(ValidationError) as error:
        book.full_clean()
    assert "校验码不正确" in error.value.message_dict["isbn"][0]


@pytest.mark.django_db
def test_model_clean_stores_the_canonical_form(make_book):
    book = make_book()
    book.isbn = "0-553-38016-8"
    book.full_clean()
    book.save()
    assert Book.objects.get(pk=book.pk).isbn == VALID_13


@pytest.mark.indexes
@pytest.mark.django_db
def test_admin_form_shows_the_isbn_error(admin_client, make_book):
    book = make_book(title="错误书号测试")
    from django.urls import reverse

    url = reverse(book.snippet_viewset.get_url_name("edit"), args=[book.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    data = {name: field.value() for name, field in ((n, form[n]) for n in form.fields)}
    data = {k: v for k, v in data.items() if v is not None and not isinstance(v, list | tuple)}
    data.update(
        {
            "title": "错误书号测试",
            "authors": "佚名",
            "category": "literature",
            "language": "zh",
            "age_groups": ["adult"],
            "isbn": "978-0-553-38016-4",
            "themes": "",
            "cover": book.cover_id,
            "borrow_links-count": "0",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "校验码不正确" in response.content.decode()
    book.refresh_from_db()
    assert book.isbn == ""
