"""Translations in the 审核发布 workflow, the untranslated-content warning and the language
switch on pages without a translation (issue 12, item 6)."""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import TranslationSource

from home.factories import StandardPageFactory
from recommendations.factories import (
    BookFactory,
    BookRecommendationPageFactory,
    RecommendationIndexPageFactory,
)

pytestmark = pytest.mark.django_db


def start_translation(page, locale):
    """What 翻译 in the admin does: a draft English page kept in sync with the Chinese one."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = source.translations.create(target_locale=locale, enabled=True)
    translation.save_target(publish=False)
    return Page.objects.get(translation_key=page.translation_key, locale=locale).specific


@pytest.fixture
def recommendation(home, home_en):
    index = RecommendationIndexPageFactory(parent=home, slug="books", title="好书推荐")
    index.save_revision().publish()
    book = BookFactory(title="城南旧事", authors="林海音")
    page = BookRecommendationPageFactory(parent=index, slug="chengnan", book=book, title="城南旧事")
    page.save_revision().publish()
    return page


@pytest.mark.indexes
def test_editor_submits_a_translation_and_the_moderator_approves_it(
    client, editor, moderator, recommendation, locale_en
):
    index_en = start_translation(recommendation.get_parent().specific, locale_en)
    index_en.save_revision().publish()
    english = start_translation(recommendation, locale_en)
    assert not english.live
    client.force_login(editor)
    # The listing offers it; the confirmation warns that the book is not translated.
    listing = client.get(reverse("wagtailadmin_explore", args=[index_en.pk])).content.decode()
    assert "提交翻译审核" in listing
    url = reverse("editorial_submit_translation", args=[english.pk])
    page = client.get(url).content.decode()
    assert "还没有English版本" in page and "城南旧事" in page
    response = client.post(url)
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(english.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == editor
    assert state.workflow.name == "审核发布"

    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "还没有译本" in dashboard
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[english.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": "译文通过"},
    )
    english.refresh_from_db()
    assert english.live


def test_publishing_a_translation_warns_about_untranslated_books(
    client, moderator, recommendation, locale_en
):
    from editorial.translations import untranslated_references

    start_translation(recommendation.get_parent().specific, locale_en).save_revision().publish()
    english = start_translation(recommendation, locale_en)
    assert untranslated_references(english) == [("图书", "《城南旧事》林海音")]
    book_en = recommendation.book.copy_for_translation(locale_en)
    book_en.title = "My Memories of Old Beijing"
    book_en.save()
    book_en.save_revision().publish()
    assert untranslated_references(english) == []


def switcher_link(html, code):
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    before = nav[: nav.index(f'hreflang="{code}"')]
    return before[before.rindex('href="') + 6 :].split('"')[0].replace("&amp;", "&")


def test_language_switch_goes_to_the_nearest_translated_ancestor_and_back(
    client, home, home_en, recommendation, locale_en
):
    index = recommendation.get_parent().specific
    index_en = start_translation(index, locale_en)
    index_en.save_revision().publish()
    index_en.refresh_from_db()
    html = client.get(recommendation.url + "?age=child&q=老舍").content.decode()
    href = switcher_link(html, "en")
    assert href.startswith(index_en.url + "?")
    assert "age=child" in href and f"from_page={recommendation.pk}" in href

    landed = client.get(href).content.decode()
    assert "这里是最近的上级页面" in landed or "nearest page above it" in landed
    back = switcher_link(landed, "zh-hans")
    assert back.startswith(recommendation.url + "?")
    assert "age=child" in back and "from_page" not in back


def test_a_bad_from_page_is_ignored(client, home, home_en):
    page = StandardPageFactory(parent=home, slug="about", title="关于")
    page.save_revision().publish()
    for value in ("abc", "99999999", "1" * 40):
        response = client.get(home_en.url, {"from_page": value})
        assert response.status_code == 200
        assert "这里是最近的上级页面" not in response.content.decode()
