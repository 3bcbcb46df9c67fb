"""The figures cost the same number of queries however much data there is, and are cached."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stats.factories import OpenDataPageFactory
from stats.figures import all_keys
from stats.queries import figure_results
from tests.cache import clear_cache
from tests.stats.conftest import YEAR_NOW, World, at

pytestmark = pytest.mark.django_db


def grow(world, scale):
    """``scale`` × (2 spaces, 2 events, 10 survey answers, 3 feedback messages)."""
    for i in range(2 * scale):
        world.add_space(
            subdistrict=("xichangan", "yuetan", "niujie")[i % 3], accessibility=["step_free"]
        )
        world.add_event(at(YEAR_NOW, 1 + i % 11, 1 + i % 27), audiences=["family"])
    for i in range(10 * scale):
        world.add_answer(at(YEAR_NOW, 1 + i % 11, 2), ("非常满意", "满意", "一般")[i % 3], "满意")
    for i in range(3 * scale):
        world.add_feedback(at(YEAR_NOW, 1 + i % 11, 3))


def count_queries(fn):
    clear_cache()
    with CaptureQueriesContext(connection) as captured:
        fn()
    return len(captured)


def test_query_count_does_not_grow_with_the_data(home, period, client):
    world = World(home)
    page = OpenDataPageFactory(parent=home, slug="data")
    client.get(page.url)  # warm the process-wide caches (content types, templates)
    counts = {}
    for scale, add in ((1, 1), (10, 9), (100, 90)):
        if scale < 100:
            grow(world, add)
        else:
            # 100×: submissions are the data that grows without bound; pages are slow to
            # create one by one, so the 100× step multiplies the answers only.
            for i in range(900):
                world.add_answer(at(YEAR_NOW, 1 + i % 11, 4), "满意", "一般")
        counts[scale] = (
            count_queries(lambda: figure_results(all_keys(), period)),
            count_queries(lambda: client.get(page.url)),
        )
    assert counts[1] == counts[10] == counts[100], counts
    figures_queries, page_queries = counts[1]
    assert figures_queries <= 35
    assert page_queries <= figures_queries + 20  # the page itself: menus, settings, children


def test_cached_figures_cost_no_queries(home, period):
    World(home)
    clear_cache()
    figure_results(all_keys(), period)
    with CaptureQueriesContext(connection) as captured:
        figure_results(all_keys(), period)
    assert len(captured) == 0


def test_publishing_refreshes_the_figures(home, period):
    from core.pagecache import purge_site

    world = World(home)
    first = figure_results(["events_by_month"], period)["events_by_month"]["total"]
    world.add_event(at(YEAR_NOW, 5, 5))
    assert figure_results(["events_by_month"], period)["events_by_month"]["total"] == first
    purge_site()
    assert figure_results(["events_by_month"], period)["events_by_month"]["total"] == first + 1
