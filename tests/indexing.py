"""The search index and Wagtail's reference index, off for tests that read neither.

Every save of an indexed model updates both indexes at once (a task run immediately: the
object fetched again, its text segmented by jieba, its references walked). In a profile of
five test folders that was about a third of the time outside the migrations. Most tests
never read either index, so saves skip them, unless the test is marked
``@pytest.mark.indexes`` (or reads the demo, which is built with both, or drives a live
server, whose thread is outside this switch).

A test that reads an index it did not ask for must fail, not pass over an empty index (a
"restricted page is never found" check would pass for the wrong reason): while the indexes
are off, every way the project and Wagtail read them raises ``IndexesOff``.
"""

from contextlib import ExitStack, contextmanager
from unittest import mock

from modelsearch.backends.base import BaseSearchBackend
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

MARKER = "indexes"

REFERENCE_READERS = (
    "get_references_for_object",
    "get_references_to",
    "get_references_to_in_bulk",
    "get_grouped_references_to",
    "get_grouped_references_to_in_bulk",
    "usage_count_subquery",
)


class IndexesOff(AssertionError):
    pass


def _refuse(what):
    def refuse(*args, **kwargs):
        raise IndexesOff(
            f"This test reads {what}, which saves do not update in tests unless they ask: "
            f"mark it @pytest.mark.{MARKER} (tests/indexing.py)."
        )

    return refuse


class _NoTask:
    @staticmethod
    def enqueue(*args, **kwargs):
        return None


def wanted(item):
    """Whether the test runs with both indexes, as in production."""
    names = getattr(item, "fixturenames", ())
    return (
        item.get_closest_marker(MARKER) is not None
        or item.get_closest_marker("browser") is not None
        or "demo" in names
        or "live_server" in names
    )


@contextmanager
def indexes_off():
    with ExitStack() as stack:
        stack.enter_context(disable_reference_index_auto_update())
        patches = [
            # modelsearch's post_save and post_delete receivers, skipped.
            mock.patch("modelsearch.signal_handlers.insert_or_update_object_task", _NoTask),
            mock.patch("modelsearch.index.remove_object", lambda instance: None),
            # Every search and autocomplete of every backend goes through _search.
            mock.patch.object(BaseSearchBackend, "_search", _refuse("the search index")),
        ]
        patches += [
            mock.patch.object(
                ReferenceIndex, name, classmethod(_refuse("Wagtail's reference index"))
            )
            for name in REFERENCE_READERS
        ]
        for patch in patches:
            stack.enter_context(patch)
        yield
