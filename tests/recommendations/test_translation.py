"""A Book translated with wagtail-localize shows on the English pages."""

import pytest
from wagtail_localize.models import StringTranslation, TranslationSource

pytestmark = pytest.mark.django_db


def translate_with_localize(instance, locale, strings, capture):
    """Translate ``instance`` through wagtail-localize: source, string translations, sync.

    wagtail-localize publishes on commit; ``capture`` runs those callbacks inside the test.
    """
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    with capture(execute=True):
        translation, _ = source.create_or_update_translation(locale, fallback=True)
    translation.refresh_from_db()
    return translation


@pytest.mark.indexes
def test_translated_book_shows_on_the_english_recommendation(
    client,
    index,
    home_en,
    locale_en,
    make_book,
    make_recommendation,
    django_capture_on_commit_callbacks,
):
    capture = django_capture_on_commit_callbacks
    book = make_book(title="骆驼祥子", authors="老舍", publisher="人民文学出版社", themes=["北京"])
    page = make_recommendation(book=book, title="在老舍的北平街头拉一趟车", slug="xiangzi")

    book_en = translate_with_localize(
        book,
        locale_en,
        {
            "骆驼祥子": "Rickshaw Boy",
            "老舍": "Lao She",
            "人民文学出版社": "People's Literature Publishing House",
        },
        capture,
    )
    assert book_en.locale == locale_en and book_en.live
    assert book_en.title == "Rickshaw Boy"
    assert book_en.cover_id == book.cover_id  # synchronised, not translated
    assert list(book_en.themes.names()) == ["北京"]

    index_en = index.copy_for_translation(locale_en)
    index_en.save_revision().publish()
    page_en = translate_with_localize(
        page,
        locale_en,
        {"在老舍的北平街头拉一趟车": "A rickshaw ride through Lao She's Beijing"},
        capture,
    )
    page_en.refresh_from_db()
    assert page_en.url.startswith("/en/")

    html = client.get(page_en.url).content.decode()
    assert "Rickshaw Boy" in html and "Lao She" in html and "People&#x27;s Literature" in html
    assert "骆驼祥子" not in html.split("<main", 1)[1]

    # The Chinese page still shows the Chinese book.
    assert "骆驼祥子" in client.get(page.url).content.decode()

    # The English index card shows the English book too.
    cards = client.get(index_en.url).context["cards"]
    assert [card.book.title for card in cards] == ["Rickshaw Boy"]


def test_page_copied_for_translation_still_finds_the_english_book(
    client, index, home_en, locale_en, make_book, make_list
):
    """Pages translated by copying keep pointing at the Chinese book; they show its translation."""
    book = make_book(title="城南旧事", authors="林海音")
    book_en = book.copy_for_translation(locale_en)
    book_en.title, book_en.authors = "My Memories of Old Beijing", "Lin Haiyin"
    book_en.save()
    book_en.save_revision().publish()
    book_list = make_list([book], title="京味文学")
    index.copy_for_translation(locale_en).save_revision().publish()
    list_en = book_list.copy_for_translation(locale_en)
    list_en.title = "Beijing in Literature"
    list_en.save_revision().publish()
    list_en.refresh_from_db()
    html = client.get(list_en.url).content.decode()
    assert "My Memories of Old Beijing" in html and "Lin Haiyin" in html


def test_draft_translation_is_not_shown(
    client, index, home_en, locale_en, make_book, make_recommendation
):
    book = make_book(title="茶馆", authors="老舍")
    page = make_recommendation(book=book, title="一座茶馆", slug="chaguan")
    draft = book.copy_for_translation(locale_en)
    draft.title, draft.live = "Teahouse", False
    draft.save()
    index.copy_for_translation(locale_en).save_revision().publish()
    page_en = page.copy_for_translation(locale_en)
    page_en.save_revision().publish()
    page_en.refresh_from_db()
    html = client.get(page_en.url).content.decode()
    assert "Teahouse" not in html and "茶馆" in html
