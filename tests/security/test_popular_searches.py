"""大家常搜 shows only the terms editors chose, never what residents typed."""

import pytest
from wagtail.models import Locale

from search import stats
from search.models import PopularSearchTerm

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def popular_block(client):
    content = client.get("/search/", {"q": "不存在的词语组合"}).content.decode()
    start = content.find("大家常搜")
    return content[start : content.find("</p>", start)] if start >= 0 else ""


def test_resident_queries_never_become_suggestions(client, home):
    for _ in range(12):
        client.get("/search/", {"q": "加微信领奖品"})
    for _ in range(3):
        client.get("/search/", {"q": "13812345678"})
    stats.flush()
    block = popular_block(client)
    assert "加微信领奖品" not in block and "13812345678" not in block


def test_editors_terms_are_shown_in_their_order_and_language(client, home):
    zh = Locale.objects.get(language_code="zh-hans")
    en = Locale.objects.get(language_code="en")
    PopularSearchTerm.objects.create(term="亲子阅读", locale=zh, sort_order=2)
    PopularSearchTerm.objects.create(term="书香家庭", locale=zh, sort_order=1)
    PopularSearchTerm.objects.create(term="隐藏的词", locale=zh, shown=False)
    PopularSearchTerm.objects.create(term="family reading", locale=en)
    block = popular_block(client)
    assert block.index("书香家庭") < block.index("亲子阅读")
    assert "隐藏的词" not in block and "family reading" not in block
