"""core.bulk.deferred_reference_index: saves inside it are indexed once, on leaving (load_demo)."""

import pytest
from wagtail.models import Page, ReferenceIndex

from core.bulk import deferred_reference_index
from core.factories import ImageFactory
from home.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def references_to(image):
    return set(ReferenceIndex.get_references_to(image).values_list("object_id", flat=True))


def test_references_are_recorded_on_leaving_not_before(home):
    image = ImageFactory(title="封面")
    with deferred_reference_index():
        page = StandardPageFactory(parent=home, title="有图的页面", listing_image=image)
        page.save_revision().publish()
        assert references_to(image) == set()
    assert references_to(image) == {str(page.pk)}


def test_the_search_index_is_not_deferred(home):
    with deferred_reference_index():
        StandardPageFactory(parent=home, title="胡同书店地图")
        assert [p.title for p in Page.objects.live().search("书店")] == ["胡同书店地图"]


def test_saves_after_leaving_are_indexed_at_once_again(home):
    image = ImageFactory(title="封面")
    with deferred_reference_index():
        pass
    page = StandardPageFactory(parent=home, title="读书会通知", listing_image=image)
    assert references_to(image) == {str(page.pk)}


def test_nothing_is_indexed_when_the_work_fails(home):
    image = ImageFactory(title="封面")
    with pytest.raises(RuntimeError), deferred_reference_index():
        StandardPageFactory(parent=home, title="未完成的页面", listing_image=image)
        raise RuntimeError("a loader failed")
    assert references_to(image) == set()
