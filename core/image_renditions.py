"""The renditions of every image on a page, from the cache, with at most one query.

Wagtail finds a rendition either in what was prefetched with the image
(``prefetch_renditions``: one query per listing, on every render) or, image by image, in
its rendition cache (no query once warm, but one query per image when cold). Which filters
a template asks for is known only to the template, so the cache cannot be asked by key up
front. This keeps, per image, the list of all its renditions in the same cache Wagtail
uses for single renditions; a page gives every image it shows to ``attach_renditions``,
which reads all those lists at once and queries the database once for the images whose
list is missing. The list of an image is dropped when a rendition is made for it (Wagtail
adds each new rendition to the image's prefetched list — it makes them with ``bulk_create``,
which sends no signal — and that list notices), when a rendition is saved or deleted, and
when the image is saved (a new file, a new focal point).
"""

import copy
from collections import defaultdict
from functools import lru_cache

from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.images.models import Filter

LIFETIME = 24 * 3600


def _key(image_id):
    return f"sxc-image-renditions:{image_id}"


def _cache():
    return get_image_model().get_rendition_model().cache_backend


def attach_renditions(images):
    """Give each image (None allowed) ``prefetched_renditions``: templates then render
    every rendition that exists without a query of their own."""
    images = [image for image in images if image is not None and image.pk is not None]
    if not images:
        return
    ids = {image.pk for image in images}
    cache = _cache()
    found = {
        int(key.rsplit(":", 1)[1]): rows
        for key, rows in cache.get_many([_key(i) for i in ids]).items()
    }
    missing = ids - found.keys()
    if missing:
        fetched = defaultdict(list)
        rendition_model = get_image_model().get_rendition_model()
        for rendition in rendition_model.objects.filter(image_id__in=missing):
            fetched[rendition.image_id].append(rendition)
        for image_id in missing:
            found[image_id] = fetched.get(image_id, [])
        cache.set_many({_key(i): found[i] for i in missing}, LIFETIME)
    for image in images:
        image.prefetched_renditions = RenditionList(
            image.pk, (_copy_for(rendition, image) for rendition in found[image.pk])
        )


class RenditionList(list):
    """An image's prefetched renditions; a rendition Wagtail adds was just made, so the
    cached list of the image is dropped."""

    def __init__(self, image_id, renditions):
        super().__init__(renditions)
        self.image_id = image_id

    def append(self, rendition):
        super().append(rendition)
        _cache().delete(_key(self.image_id))


def with_renditions(objects, *fields):
    """``objects`` (one model instance, None, or any iterable of them: a list, a queryset, a
    page of results) with the renditions of the images in ``fields`` attached. Returns the
    instance, or the items as a list."""
    if objects is None:
        return None
    single = isinstance(objects, Model)
    items = [objects] if single else list(objects)
    attach_renditions([getattr(item, field, None) for item in items for field in fields])
    return objects if single else items


def attach_joined_renditions(objects):
    """Renditions attached, in one read, to every image the objects already hold (foreign
    keys joined with ``select_related``): a page of API results."""
    image_model = get_image_model()
    images = [
        field.get_cached_value(obj)
        for obj in objects
        for field in obj._meta.concrete_fields
        if field.is_relation and field.related_model is image_model and field.is_cached(obj)
    ]
    attach_renditions(images)


def rendition(image, spec):
    """``image.get_rendition(spec)`` without a cache write on every call.

    Wagtail's ``get_rendition`` (and the ``{% image %}`` tag) writes the rendition to the
    cache each time, even one it has just found there; ``get_renditions`` writes only what
    it did not find among the image's prefetched renditions, which this attaches first."""
    if getattr(image, "prefetched_renditions", None) is None:
        attach_renditions([image])
    # Keyed by the filter's spec as Wagtail cleans it (SVG images drop raster operations).
    return next(iter(image.get_renditions(filter_for(spec)).values()))


@lru_cache(maxsize=256)
def filter_for(spec):
    """One Filter per spec, for this module and the image tags (core.templatetags.picture_tags).

    A Filter parses its operations (``inspect.getcallargs`` each) the first time it is asked
    for a rendition's cache key; Wagtail makes a new one from a string spec at every call and
    every tag render. The specs are the few the code and the templates name."""
    return Filter(spec=spec)


def _copy_for(rendition, image):
    # Each image object gets its own rendition objects pointing back at it (alt text and
    # other per-use attributes live on the image), even when two objects are one image.
    rendition = copy.copy(rendition)
    rendition.image = image
    return rendition


def forget_image(sender, instance, **kwargs):
    _cache().delete(_key(instance.pk))


def forget_rendition(sender, instance, **kwargs):
    _cache().delete(_key(instance.image_id))


def connect():
    image_model = get_image_model()
    post_save.connect(forget_image, sender=image_model, dispatch_uid="image-renditions-image-saved")
    post_delete.connect(
        forget_image, sender=image_model, dispatch_uid="image-renditions-image-deleted"
    )
    rendition_model = image_model.get_rendition_model()
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            forget_rendition, sender=rendition_model, dispatch_uid=f"image-renditions-{name}"
        )
