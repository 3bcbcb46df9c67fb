"""Warm starts: image renditions exist before the first view; jieba loads at server start."""

import io
import json

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core import renditions
from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="测试图片", file=get_test_image_file())


def _page_with_image(home, image):
    body = [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "示意图", "decorative": False},
                "caption": "图注",
                "attribution": "",
            },
        }
    ]
    page = StandardPage(title="有图的页面", slug="with-image", intro="导语", body=json.dumps(body))
    home.add_child(instance=page)
    return page


def test_publishing_renders_the_page_and_its_listing_once(
    home, image, settings, django_capture_on_commit_callbacks
):
    settings.RENDITION_WARMING = "sync"
    page = _page_with_image(home, image)
    assert not image.renditions.exists()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert made, "publishing made no rendition"
    # A view now finds every rendition it asks for: it creates none.
    from django.test import Client

    count = image.renditions.count()
    Client().get(page.url)
    Client().get(home.url)
    assert image.renditions.count() == count


def test_publishing_also_makes_the_renditions_of_the_api_fields(
    home, image, settings, django_capture_on_commit_callbacks
):
    # The article's API field is fill-1600x900 in the image's own format, a size its page
    # shows only as AVIF, WebP and JPEG: before, the first API reader made it.
    from django.test import Client

    from articles.factories import ArticleIndexPageFactory, ArticlePageFactory

    settings.RENDITION_WARMING = "sync"
    index = ArticleIndexPageFactory(parent=home, slug="news", title="资讯")
    article = ArticlePageFactory(parent=index, title="读书周开幕", lead_image=image, live=False)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert image.renditions.filter(filter_spec="fill-1600x900").exists()
    count = image.renditions.count()
    response = Client().get(renditions.api_path(article))
    assert response.status_code == 200 and response.json()["lead_image"]["width"]
    assert image.renditions.count() == count


def test_warming_is_suspended_during_bulk_loading(
    home, image, settings, django_capture_on_commit_callbacks
):
    settings.RENDITION_WARMING = "sync"
    page = _page_with_image(home, image)
    with django_capture_on_commit_callbacks(execute=True), renditions.suspended():
        page.save_revision().publish()
    assert not image.renditions.exists()


def test_warm_renditions_command_opens_every_live_page(home, image):
    _page_with_image(home, image).save_revision().publish()
    out = io.StringIO()
    call_command("warm_renditions", stdout=out)
    assert "打开" in out.getvalue()
    assert image.renditions.exists()
    assert image.renditions.filter(filter_spec="fill-1200x630").exists()  # page and API share


def test_a_broken_page_does_not_stop_warming(home, monkeypatch):
    assert renditions.warm_paths(["/", "/does-not-exist/"]) == {"/": 200, "/does-not-exist/": 404}


def test_the_wsgi_module_warms_the_search_dictionary(monkeypatch):
    import importlib

    from django.db import connections

    from search import dictionary, segment

    # The warm-up ends by closing the database connections (forked workers must not share
    # them); here that would close the test's own transaction (PostgreSQL), so it is recorded.
    closed = []
    monkeypatch.setattr(connections, "close_all", lambda: closed.append(True))
    monkeypatch.setenv("WARM_UP", "0")
    import config.wsgi

    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(dictionary, "_loaded", False)
    monkeypatch.setenv("WARM_UP", "1")
    importlib.reload(config.wsgi)
    assert segment._tokenizer is not None
    assert dictionary._loaded
    assert closed == [True]
