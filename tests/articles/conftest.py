import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory


@pytest.fixture
def article_index(home):
    return ArticleIndexPageFactory(parent=home, slug="news", title="资讯")


@pytest.fixture
def make_articles(article_index):
    def make(count, **fields):
        return [ArticlePageFactory(parent=article_index, **fields) for _ in range(count)]

    return make
