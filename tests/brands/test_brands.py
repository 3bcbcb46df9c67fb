import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from core.factories import ImageFactory
from tests.articles.jsonld import json_ld_objects, json_ld_of_type
from tests.cache import clear_cache

pytestmark = pytest.mark.django_db

PARTNERS = [
    ("partner", {"name": "示例图书馆", "role": "场地支持", "url": ""}),
    ("partner", {"name": "示例出版社", "role": "", "url": "https://example.org"}),
]


@pytest.fixture
def brand_index(home):
    return ReadingBrandIndexPageFactory(parent=home, slug="brands")


def test_brand_page_gathers_its_articles_and_says_it_is_a_sample(client, home, brand_index):
    brand = ReadingBrandPageFactory(
        parent=brand_index, title="示例品牌", partners=PARTNERS, year_founded=2018
    )
    other = ReadingBrandPageFactory(parent=brand_index, title="别的品牌")
    news = ArticleIndexPageFactory(parent=home, slug="news")
    ArticlePageFactory(parent=news, title="本品牌的文章", brand=brand)
    ArticlePageFactory(parent=news, title="别的品牌的文章", brand=other)
    draft = ArticlePageFactory(parent=news, title="本品牌的草稿", brand=brand)
    draft.unpublish()
    html = client.get(brand.url).content.decode()
    assert "本品牌的文章" in html
    assert "别的品牌的文章" not in html and "本品牌的草稿" not in html
    assert "示例图书馆" in html and 'href="https://example.org"' in html
    assert "示例：此处内容为演示用的示例" in html and "2018" in html


@pytest.mark.parametrize("schema_type", ["EventSeries", "Organization"])
def test_brand_json_ld(client, brand_index, schema_type):
    brand = ReadingBrandPageFactory(
        parent=brand_index,
        partners=PARTNERS,
        year_founded=2018,
        schema_type=schema_type,
        logo=ImageFactory(),
    )
    html = client.get(brand.url).content.decode()
    assert all(json_ld_objects(html))
    (item,) = json_ld_of_type(html, schema_type)
    assert item["name"] == brand.title
    partners = item["sponsor"] if schema_type == "EventSeries" else item["member"]
    assert [p["name"] for p in partners] == ["示例图书馆", "示例出版社"]
    if schema_type == "Organization":
        assert item["foundingDate"] == "2018" and item["logo"]["@type"] == "ImageObject"
    else:
        assert item["organizer"]["name"] == brand.organiser and item["startDate"] == "2018"


def _count(client, url):
    clear_cache()
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


@pytest.mark.usefixtures("one_pixel_renditions")
def test_index_and_brand_page_query_counts_are_fixed(client, home, brand_index):
    news = ArticleIndexPageFactory(parent=home, slug="news")
    brand = ReadingBrandPageFactory(parent=brand_index, logo=ImageFactory())
    ArticlePageFactory(parent=news, brand=brand, lead_image=ImageFactory())
    few = (_count(client, brand_index.url), _count(client, brand.url))
    for _ in range(10):
        ReadingBrandPageFactory(parent=brand_index, logo=ImageFactory())
        ArticlePageFactory(parent=news, brand=brand, lead_image=ImageFactory())
    many = (_count(client, brand_index.url), _count(client, brand.url))
    assert few == many


def test_english_brand_page_gathers_english_articles(client, home, home_en, brand_index):
    brand = ReadingBrandPageFactory(parent=brand_index, title="示例品牌")
    news = ArticleIndexPageFactory(parent=home, slug="news")
    article = ArticlePageFactory(parent=news, title="中文文章", brand=brand)

    def translate(page, title):
        copy = page.copy_for_translation(home_en.locale, copy_parents=True)
        copy.title = title
        copy.save_revision().publish()
        return copy

    brand_en = translate(brand, "Sample brand")
    translate(article, "English article")
    html = client.get(brand_en.url).content.decode()
    assert "English article" in html and "中文文章</a>" not in html
