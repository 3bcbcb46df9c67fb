"""Deferred indexing for bulk work (``load_demo``): each saved object indexed once, at the end.

Every save of an indexed model normally updates the search index and Wagtail's reference
index at once (post_save, a task run immediately). Building the demo saves most pages
several times (created, revised, published, translated, linked from a menu), and each save
fetches the object again, segments all its text and recounts the title norms of the whole
index: about 40 % of the demo build. Inside ``deferred_indexing()`` saves are only noted;
on leaving, each object saved is indexed once, in the order of its first save (search
entries get the ids they would have had), as the auto-update would have left it.

Deletions are not deferred (their handlers stay connected). Saves from other threads in the
meantime are noted too, and indexed at the end.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

_DISPATCH_UID = "core.bulk.deferred_indexing"


def _auto_indexed_models():
    """Models whose saves the search auto-update follows (modelsearch.signal_handlers)."""
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


@contextmanager
def deferred_indexing():
    saved = {}  # (model, pk) -> None, in the order of the first save

    def note(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved.setdefault((instance._meta.model, instance.pk), None)

    models = _auto_indexed_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(note, weak=False, dispatch_uid=_DISPATCH_UID)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=_DISPATCH_UID)
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    objects = list(saved)
    with transaction.atomic():
        index_for_search(objects)
        index_references(objects)


def index_for_search(objects):
    """Search entries for ``objects`` ((model, pk) pairs), as post_save would have made them.

    Consecutive objects of one model go to the backends together (one title-norm refresh
    for the lot instead of one per object).
    """
    followed = set(_auto_indexed_models())
    runs = []  # [model, [instances]] in order
    for model, pk in objects:
        if model not in followed:
            continue
        instance = model._default_manager.filter(pk=pk).first()
        indexed = search_index.get_indexed_instance(instance) if instance is not None else None
        if indexed is None:
            continue
        indexed_model = indexed._meta.model
        if runs and runs[-1][0] is indexed_model:
            runs[-1][1].append(indexed)
        else:
            runs.append([indexed_model, [indexed]])
    backends = list(get_search_backends(with_auto_update=True))
    for model, instances in runs:
        for backend in backends:
            backend.add_bulk(model, instances)


def index_references(objects):
    """Wagtail's reference index for ``objects`` of the models it tracks, through its own task
    (which indexes the parent of a child row in its place), once per object."""
    tracked = set(ReferenceIndex.tracked_models)
    for model, pk in objects:
        if model in tracked and model._default_manager.filter(pk=pk).exists():
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)
