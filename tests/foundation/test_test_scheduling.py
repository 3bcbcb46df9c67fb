"""How `make test` shares the work out (tests/conftest.py, tests/prepare.py,
tests/demo_snapshot.py) and makes test images quickly (tests/fast_images.py)."""

import io
import threading
import time

import pytest
from PIL import Image

from tests import demo_snapshot, template_database
from tests.conftest import _is_transactional

in_memory = template_database.in_memory()


def groups(item):
    return sorted({str(mark.args[0]) for mark in item.iter_markers("xdist_group")})


def reads_demo(item):
    return "demo" in getattr(item, "fixturenames", ())


def whole_suite(request, *needed):
    """The collected tests, when they include those named (not when one file runs alone)."""
    items = request.session.items
    for name in needed:
        if not any(name in item.nodeid for item in items):
            pytest.skip(f"{name} is not collected in this run")
    return items


def test_a_test_that_needs_no_database_is_in_the_no_database_group(request):
    assert groups(request.node) == ["no_database"]


@pytest.mark.django_db
def test_a_database_test_reading_no_shared_data_is_in_no_group(request):
    assert groups(request.node) == []


def test_the_demo_tests_come_after_every_other_database_test(request):
    items = whole_suite(request, "test_demo_pages.py")
    plain = [
        index
        for index, item in enumerate(items)
        if item.get_closest_marker("django_db") or "db" in getattr(item, "fixturenames", ())
    ]
    demo = [index for index in plain if reads_demo(items[index])]
    others = [
        index
        for index in plain
        if not reads_demo(items[index]) and not _is_transactional(items[index])
    ]
    assert demo and others
    assert max(others) < min(demo)


def test_the_demo_tests_are_shared_out_on_sqlite_in_memory_and_the_walk_has_its_group(request):
    items = whole_suite(request, "test_demo_pages.py", "test_editor_and_moderator_walk")
    demo_groups = {tuple(groups(item)) for item in items if reads_demo(item)}
    walk = next(item for item in items if "test_editor_and_moderator_walk" in item.nodeid)
    if in_memory:
        assert demo_groups == {()}
        assert groups(walk) == ["live_server"]
    else:  # PostgreSQL: no kept demo, so one worker builds it for all its tests
        assert demo_groups == {("demo",)}
        assert groups(walk) == []


@pytest.fixture
def fake_snapshot(monkeypatch, tmp_path):
    """Snapshots that record what is done with them, kept as a file in tmp_path."""
    monkeypatch.setattr(template_database, "DIRECTORY", tmp_path)
    calls = []
    kept = tmp_path / "kept"

    class Snapshot:
        def exists(self):
            return kept.exists()

        def build(self, build):
            build()
            kept.touch()
            calls.append("kept")

        def restore(self):
            calls.append("restored")

    monkeypatch.setattr(demo_snapshot, "Snapshot", Snapshot)
    return calls


def test_the_demo_is_built_once_then_copied(fake_snapshot):
    calls = fake_snapshot
    demo_snapshot.keep(lambda: calls.append("built"))
    demo_snapshot.keep(lambda: calls.append("built again"))
    demo_snapshot.restore_or_build(lambda: calls.append("built again"))
    assert calls == ["built", "kept", "restored"]


def test_a_worker_waits_for_the_build_under_way_and_copies_it(fake_snapshot):
    calls = fake_snapshot
    started = threading.Event()

    def slow_build():
        started.set()
        time.sleep(0.3)
        calls.append("built")

    preparation = threading.Thread(target=demo_snapshot.keep, args=(slow_build,))
    preparation.start()
    started.wait()
    demo_snapshot.restore_or_build(lambda: calls.append("built again"))
    preparation.join()
    assert calls == ["built", "kept", "restored"]


def test_renditions_are_resized_by_the_nearest_pixel_in_tests():
    from willow.image import Image as WillowImage

    board = Image.new("RGB", (64, 64), "white")
    for x in range(0, 64, 2):
        for y in range(64):
            board.putpixel((x, y), (0, 0, 0))
    image = WillowImage.open(io.BytesIO(_png(board)))
    smaller = image.resize((21, 21)).image  # as Wagtail's Filter.run calls it
    assert smaller.size == (21, 21)
    assert set(smaller.getdata()) <= {(0, 0, 0), (255, 255, 255)}  # Lanczos would blend greys


def _png(image):
    output = io.BytesIO()
    image.save(output, "PNG")
    return output.getvalue()
