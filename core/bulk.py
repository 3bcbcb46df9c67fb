"""Deferred reference indexing for bulk work (``load_demo``): each object indexed once, at the end.

Every save of a model Wagtail's reference index tracks updates the index at once (post_save,
a task run immediately: the object fetched again, every reference in its fields and
StreamFields walked). Building the demo saves most pages several times (created, revised,
published, translated, linked from a menu): about a fifth of the demo build. Inside
``deferred_reference_index()`` those updates are off (Wagtail's own switch, for this thread);
saves are noted, and on leaving each object saved is indexed once, through Wagtail's task.

The search index is not deferred: its segmenter learns each page's and book's name as it is
published (search.dictionary), so what an object's entry holds depends on what was loaded
before it, and the demo's relevance set (tests/search/test_relevance.py) is measured on the
index as it is built save by save.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

_DISPATCH_UID = "core.bulk.deferred_reference_index"


@contextmanager
def deferred_reference_index():
    saved = {}  # (model, pk) -> None, in the order of the first save
    tracked = set(ReferenceIndex.tracked_models)

    def note(sender, instance, raw=False, **kwargs):
        if not raw and sender in tracked and instance.pk is not None:
            saved.setdefault((sender, instance.pk), None)

    post_save.connect(note, weak=False, dispatch_uid=_DISPATCH_UID)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=_DISPATCH_UID)
    with transaction.atomic():
        index_references(saved)


def index_references(objects):
    """Wagtail's reference index for ``objects`` ((model, pk) pairs), through its own task
    (which indexes the parent of a child row in its place), once per object."""
    for model, pk in objects:
        if model._default_manager.filter(pk=pk).exists():
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)
