"""A page whose renditions exist renders without writing to the cache (issue 11).

Wagtail's ``get_rendition`` and ``{% image %}`` write the rendition to the cache on every
call; with the shared file cache of the embedded defaults each write cost a listing of the
cache directory, half the render time of a book list. Pages read renditions through
``core.image_renditions`` instead, so a render of a page whose renditions exist writes
nothing, whatever the page type, in both languages, and the API with every field.
"""

import pytest
from django.apps import apps
from wagtail.images import get_image_model
from wagtail.models import Page

pytestmark = pytest.mark.django_db

API_TYPES = [
    "events.EventPage",
    "recommendations.BookRecommendationPage",
    "recommendations.BookListPage",
    "articles.ArticlePage",
    "brands.ReadingBrandPage",
    "spaces.ReadingSpacePage",
    "promoters.ReadingPromoterPage",
    "campaigns.CampaignPage",
    "honours.HonourRollPage",
]


def one_page_per_type():
    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
        seen.setdefault((page.content_type_id, page.locale_id), page)
    return [page.url for page in seen.values() if page.url]


def test_renders_write_no_rendition_to_the_cache(demo, client, monkeypatch):
    urls = one_page_per_type() + [f"/api/v2/pages/?type={t}&fields=*" for t in API_TYPES]
    assert len(urls) > 40
    # The class of the cache renditions go to: local memory here, Redis in the CI run.
    backend = type(get_image_model().get_rendition_model().cache_backend)
    writes = []
    set_one, set_many = backend.set, backend.set_many

    def record_set(self, key, *args, **kwargs):
        writes.append((current, key))
        return set_one(self, key, *args, **kwargs)

    def record_set_many(self, data, *args, **kwargs):
        writes.extend((current, key) for key in data)
        return set_many(self, data, *args, **kwargs)

    monkeypatch.setattr(backend, "set", record_set)
    monkeypatch.setattr(backend, "set_many", record_set_many)
    made = get_image_model().get_rendition_model().objects
    for url in urls:
        current = None  # the first render makes what is missing and caches the lists
        before = made.count()
        assert client.get(url).status_code == 200, url
        if made.count() != before:
            client.get(url)  # a rendition made dropped its image's list: cached again now
        current = url
        client.get(url)
    renditions = [(url, key) for url, key in writes if url and "rendition" in key]
    assert not renditions, renditions[:10]


def test_the_api_field_gives_what_wagtails_gives(demo):
    from wagtail.images.api.fields import ImageRenditionField as WagtailField

    from core.serializers import ImageRenditionField

    event = apps.get_model("events.EventPage").objects.live().exclude(image=None).first()
    ours = ImageRenditionField("fill-600x400").to_representation(event.image)
    assert ours == WagtailField("fill-600x400").to_representation(event.image)
    assert ours["url"].endswith(".png") and ours["width"] == 600
