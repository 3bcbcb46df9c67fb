"""The segmenting backend through Wagtail's search API (runs on SQLite and on PostgreSQL)."""

import pytest
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def titles(query, **kwargs):
    return [p.title for p in Page.objects.live().search(query, **kwargs)]


def test_words_inside_unbroken_chinese_are_found(make_page):
    make_page("活动通知", intro="全民阅读推广活动下周开始。")
    make_page("开馆时间", intro="西城区图书馆周一闭馆。")
    assert titles("阅读") == ["活动通知"]
    assert titles("推广") == ["活动通知"]
    assert titles("西城") == ["开馆时间"]
    assert titles("图书馆") == ["开馆时间"]


def test_substrings_jieba_splits_elsewhere_still_match(make_page):
    make_page("驿站", intro="什刹海书香驿站提供自助借还。")
    # 海书 crosses jieba's word boundary (什刹海 / 书香): found as a run of characters.
    assert titles("海书") == ["驿站"]


def test_every_word_must_match_then_any_word(make_page):
    make_page("亲子", intro="亲子阅读讲座")
    make_page("老舍", intro="老舍作品朗读会")
    assert titles("亲子 阅读") == ["亲子"]
    assert titles("亲子 老舍") == []
    assert sorted(titles("亲子 老舍", operator="or")) == ["亲子", "老舍"]


def test_titles_weigh_more_than_body(make_page):
    make_page("社区活动安排", intro="本周的书香家庭分享会在社区举行，欢迎参加。")
    make_page("书香家庭", intro="评选办法与报名方式。")
    assert titles("书香家庭")[0] == "书香家庭"


def test_english_and_mixed_queries(make_page):
    make_page("Public Libraries", intro="Opening hours of the district libraries.")
    make_page("24小时书房", intro="Xicheng 24-hour study rooms 自助借还")
    assert titles("library") == ["Public Libraries"]
    assert titles("LIBRARIES opening") == ["Public Libraries"]
    assert titles("xicheng 书房") == ["24小时书房"]
    assert titles("24 小时") == ["24小时书房"]


def test_fts_syntax_is_plain_text(make_page):
    make_page("阅读与写作", intro="AND OR NOT NEAR 都只是普通单词。")
    for query in ['"', "*", "NEAR(", "AND", "-阅读", "(阅读", '阅读"', "阅读*", "a:b", "^"]:
        Page.objects.live().search(query).count()  # never raises
    assert titles("NEAR") == ["阅读与写作"]
    assert titles("(阅读)") == ["阅读与写作"]


def test_autocomplete_matches_prefixes_and_inner_words(make_page):
    make_page("Scholarly Reading Club")
    make_page("西城区第一图书馆")
    assert [p.title for p in Page.objects.live().autocomplete("schol")] == [
        "Scholarly Reading Club"
    ]
    assert [p.title for p in Page.objects.live().autocomplete("第一图")] == ["西城区第一图书馆"]
    assert [p.title for p in Page.objects.live().autocomplete("图书")] == ["西城区第一图书馆"]


def test_unpublishing_and_editing_update_the_index(make_page):
    page = make_page("旧标题", intro="茶馆")
    assert titles("茶馆") == ["旧标题"]
    page.intro = "四世同堂"
    page.save_revision().publish()
    assert titles("茶馆") == []
    assert titles("四世同堂") == ["旧标题"]
    page.unpublish()
    assert titles("四世同堂") == []


def test_site_dictionary_learns_published_names(make_page):
    from search.segment import tokenizer

    make_page("德胜")  # a street name from core.choices, loaded from the code
    from search import dictionary

    dictionary.ensure_loaded()
    assert tokenizer().FREQ.get("德胜街道")
