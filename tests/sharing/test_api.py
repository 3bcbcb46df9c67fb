"""Wagtail API v2 for the mini-program: every page type answers with its declared fields."""

import pytest
from wagtail.models import Page, get_page_models

from core.models import BasePage
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

BASE_FIELDS = {
    "id",
    "meta",
    "title",
    "intro",
    "listing_title",
    "listing_summary",
    "social_text",
    "share_image",
    "listing_thumbnail",
    "share_links",
}


def content_page_models():
    return [model for model in get_page_models() if issubclass(model, BasePage)]


def test_every_content_type_declares_the_base_api_fields():
    for model in content_page_models():
        names = {field.name for field in model.api_fields}
        assert BASE_FIELDS - {"id", "meta", "title"} <= names, model.__name__


def test_api_detail_of_every_demo_page_type(client, demo):
    checked = []
    for model in content_page_models():
        page = model.objects.live().public().first()
        if page is None:
            continue
        response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 200, model.__name__
        data = response.json()
        expected = BASE_FIELDS | {field.name for field in model.api_fields}
        assert expected <= set(data), (model.__name__, expected - set(data))
        assert data["meta"]["type"] == f"{model._meta.app_label}.{model.__name__}"
        checked.append(model.__name__)
        # The listing endpoint with every field of the type answers too.
        listing = client.get(
            "/api/v2/pages/", {"type": f"{model._meta.app_label}.{model.__name__}", "fields": "*"}
        )
        assert listing.status_code == 200, model.__name__
        assert listing.json()["meta"]["total_count"] >= 1
    assert {"HomePage", "StandardPage"} <= set(checked)


def test_share_image_rendition_falls_back_to_the_main_image(client, home):
    from core.factories import ImageFactory

    home.hero_image = ImageFactory(title="横幅", size=(1600, 700))
    home.save_revision().publish()
    data = client.get(f"/api/v2/pages/{home.pk}/").json()
    assert data["share_image"]["width"] == 1200
    assert data["share_image"]["height"] == 630
    assert "fill-1200x630" in data["share_image"]["url"]
    assert data["hero"]["url"]


def test_images_and_documents_endpoints_answer(client, home):
    from core.factories import ImageFactory

    image = ImageFactory(title="图片")
    listing = client.get("/api/v2/images/").json()
    assert [item["id"] for item in listing["items"]] == [image.pk]
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_api_hides_drafts(client, home):
    draft = StandardPageFactory(parent=home, slug="draft", live=False)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert not Page.objects.filter(pk=draft.pk, live=True).exists()


def test_share_links_in_the_api(client, home):
    page = StandardPageFactory(parent=home, slug="shared")
    links = client.get(f"/api/v2/pages/{page.pk}/").json()["share_links"]
    assert links == {
        "url": "http://localhost/shared/",
        "qr_svg": f"http://localhost/sharing/qr/{page.pk}.svg",
        "poster_png": f"http://localhost/sharing/poster/{page.pk}.png",
        "embed": f"http://localhost/embed/{page.pk}/",
        "oembed": "http://localhost/oembed/?url=http%3A%2F%2Flocalhost%2Fshared%2F",
    }
    for key in ("qr_svg", "poster_png", "embed", "oembed"):
        path = links[key].removeprefix("http://localhost")
        assert client.get(path).status_code == 200, key
