"""No personal data reaches the public list, detail pages, the API, the search index or feeds."""

import pytest
from wagtail.search.models import IndexEntry

from consultation.factories import AnswerFactory, MessageFactory
from consultation.models import Answer

from .helpers import EMAIL, NAME, PHONE, answered

pytestmark = pytest.mark.django_db


def assert_clean(text):
    assert PHONE not in text
    assert EMAIL not in text
    assert NAME not in text


def test_public_list_detail_feed_and_api_show_masked_name_only(client, index):
    public = answered("公开的问题")
    answered("私密的问题", private=True)
    draft = MessageFactory(title="草稿中的问题", name=NAME, mobile=PHONE)
    AnswerFactory(message=draft)

    pages = {
        "list": client.get(index.url),
        "detail": client.get(f"{index.url}{public.pk}/"),
        "feed": client.get(index.url + "feed/rss/"),
        "api": client.get("/api/v2/messages/"),
        "api_detail": client.get(f"/api/v2/messages/{public.pk}/"),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
        text = response.content.decode()
        assert_clean(text)
        assert "公开的问题" in text, name
        assert "私密的问题" not in text, name
        assert "草稿中的问题" not in text, name
    assert "欧**" in pages["list"].content.decode()
    data = pages["api"].json()
    assert data["count"] == 1
    assert set(data["results"][0]) == {
        "id",
        "category",
        "category_label",
        "title",
        "text",
        "asker",
        "received",
        "answered",
        "answer_unit",
        "answer",
    }
    assert data["results"][0]["asker"] == "欧***"[: len(NAME)]


def test_private_and_unpublished_messages_are_404(client, index):
    private = answered("私密", private=True)
    draft = MessageFactory(title="草稿")
    assert client.get(f"{index.url}{private.pk}/").status_code == 404
    assert client.get(f"{index.url}{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/messages/{private.pk}/").status_code == 404


@pytest.mark.indexes
def test_search_index_holds_only_public_published_text(client, index):
    public = answered("阅读空间开放时间")
    private = answered("个人借阅记录", private=True)
    IndexEntry.objects.all().delete()
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for answer in Answer.get_indexed_objects():
        backend.add(answer)
    indexed = list(IndexEntry.objects.all())
    ids = {int(entry.object_id) for entry in indexed}
    assert ids == {public.answer.pk}
    assert private.answer.pk not in ids
    for entry in indexed:
        blob = " ".join(str(getattr(entry, f, "")) for f in ("title", "body", "autocomplete"))
        assert_clean(blob.replace(" ", ""))
    # The list's search finds the public one, never the private one.
    html = client.get(index.url, {"q": "阅读空间"}).content.decode()
    assert "阅读空间开放时间" in html
    html = client.get(index.url, {"q": "借阅记录"}).content.decode()
    assert "个人借阅记录" not in html
