"""The tests' index switch (tests/indexing.py): off by default, loud when read, on when asked."""

import pytest
from wagtail.models import Page, ReferenceIndex
from wagtail.search.models import IndexEntry

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from core.factories import ImageFactory
from tests.indexing import IndexesOff

pytestmark = pytest.mark.django_db


def make_article(home):
    index = ArticleIndexPageFactory(parent=home)
    return ArticlePageFactory(parent=index, title="书香驿站开放通知", lead_image=ImageFactory())


def test_without_the_marker_saves_skip_both_indexes_and_reading_them_fails(home):
    article = make_article(home)
    assert not IndexEntry.objects.filter(object_id=str(article.pk)).exists()
    assert not ReferenceIndex.objects.filter(object_id=str(article.pk)).exists()
    with pytest.raises(IndexesOff, match="mark it @pytest.mark.indexes"):
        list(Page.objects.live().search("驿站"))
    with pytest.raises(IndexesOff):
        list(Page.objects.live().autocomplete("驿"))
    with pytest.raises(IndexesOff):
        ReferenceIndex.get_references_to(article)
    with pytest.raises(IndexesOff):
        ReferenceIndex.get_grouped_references_to(article)


@pytest.mark.indexes
def test_with_the_marker_saves_update_both_indexes_as_in_production(home):
    article = make_article(home)
    assert IndexEntry.objects.filter(object_id=str(article.pk)).exists()
    assert ReferenceIndex.objects.filter(object_id=str(article.pk)).exists()
    assert [p.pk for p in Page.objects.live().search("驿站")] == [article.pk]
    article.delete()
    assert not IndexEntry.objects.filter(object_id=str(article.pk)).exists()
