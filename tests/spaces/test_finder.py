"""The finder: filters, open now, bad values, and a fixed number of queries."""

import difflib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [space.title for space in response.context["space_items"]]


def test_filters_by_type_and_subdistrict(client, make_space):
    make_space(
        title="什刹海书香驿站（示例）", space_type="reading_station", subdistrict="shichahai"
    )
    make_space(title="什刹海社区书屋（示例）", space_type="community_room", subdistrict="shichahai")
    make_space(title="月坛书香驿站（示例）", space_type="reading_station", subdistrict="yuetan")
    response = client.get("/spaces/", {"street": "shichahai"})
    assert response.status_code == 200
    assert sorted(titles(response)) == ["什刹海书香驿站（示例）", "什刹海社区书屋（示例）"]
    response = client.get("/spaces/", {"street": "shichahai", "type": "reading_station"})
    assert titles(response) == ["什刹海书香驿站（示例）"]
    html = response.content.decode()
    assert '<option value="shichahai" selected>' in html
    assert "找到 1 处阅读空间" in html


def test_filters_by_service_and_accessibility(client, make_space):
    make_space(title="有盲文", services=["lending"], accessibility=["braille", "step_free"])
    make_space(title="可自习", services=["study", "lending"], accessibility=[])
    assert titles(client.get("/spaces/", {"access": "braille"})) == ["有盲文"]
    assert titles(client.get("/spaces/", {"service": "study"})) == ["可自习"]
    assert sorted(titles(client.get("/spaces/", {"service": "lending"}))) == ["可自习", "有盲文"]
    # "step_free" must not match a longer code that merely contains it.
    assert titles(client.get("/spaces/", {"access": "step_free"})) == ["有盲文"]


def test_open_now_filter(client, make_space):
    make_space(title="全天开放", open_24h=True, hours=[])
    make_space(title="从不开放", hours=[])
    response = client.get("/spaces/")
    assert sorted(titles(response)) == ["从不开放", "全天开放"]
    html = response.content.decode()
    assert "开放中 · 24 小时开放" in html
    assert "已关闭 · 近期暂停开放" in html
    assert titles(client.get("/spaces/", {"open": "1"})) == ["全天开放"]


@pytest.mark.parametrize(
    "query",
    [
        {"type": "castle"},
        {"street": "朝阳"},
        {"service": "coffee"},
        {"access": "lift"},
        {"open": "yes"},
        {"street": "x" * 500},
        {"type": "../../etc/passwd"},
    ],
)
def test_bad_values_give_an_empty_list_with_a_message(client, make_space, query):
    make_space(title="任意空间", open_24h=True)
    response = client.get("/spaces/", query)
    assert response.status_code == 200
    assert titles(response) == []
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "请从列表中选择" in html


def test_pagination_keeps_filters(client, make_space):
    for n in range(22):
        make_space(title=f"空间 {n:02d}", subdistrict="niujie")
    response = client.get("/spaces/", {"street": "niujie", "page": "2"})
    assert len(titles(response)) == 2
    # Links use the field's name, whichever name the reader came with.
    assert "subdistrict=niujie&amp;page=1" in response.content.decode()
    assert client.get("/spaces/", {"page": "abc"}).status_code == 200


def test_unpublished_spaces_are_not_listed(client, make_space):
    space = make_space(title="草稿空间")
    space.unpublish()
    assert titles(client.get("/spaces/")) == []


def captured_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def assert_same_queries(few, many):
    diff = "\n".join(difflib.unified_diff(few, many, lineterm="", n=0))
    assert len(few) == len(many), diff


@pytest.mark.usefixtures("one_pixel_renditions")
def test_finder_queries_do_not_grow_with_the_number_of_spaces(client, make_space):
    images = [ImageFactory(title="照片甲"), ImageFactory(title="照片乙")]

    def add(n):
        for i in range(n):
            make_space(
                title=f"空间 {i}-{n}",
                photos=[(images[i % 2], "外观")],
                exceptions=[{"date": "2026-10-01", "closed": True, "every_year": True}],
                accessibility=["step_free"],
            )

    urls = ["/spaces/", "/spaces/?open=1&service=lending", "/spaces/?street=xinjiekou&page=2"]
    add(5)
    for url in urls:
        client.get(url)  # warm renditions
    few = [captured_queries(client, url) for url in urls]
    add(45)
    for url in urls:
        client.get(url)
    many = [captured_queries(client, url) for url in urls]
    for few_queries, many_queries in zip(few, many, strict=True):
        assert_same_queries(few_queries, many_queries)
    print(f"finder queries: {len(few[0])} for 5 and {len(many[0])} for 50 spaces")


def test_parameters_are_named_after_the_fields_and_old_names_still_work(client, make_space):
    make_space(
        title="月坛驿站",
        space_type="reading_station",
        subdistrict="yuetan",
        services=["study"],
        accessibility=["braille"],
    )
    make_space(title="牛街书屋", space_type="community_room", subdistrict="niujie")
    new = {
        "space_type": "reading_station",
        "subdistrict": "yuetan",
        "services": "study",
        "accessibility": "braille",
    }
    old = {"type": "reading_station", "street": "yuetan", "service": "study", "access": "braille"}
    for query in (new, old):
        response = client.get("/spaces/", query)
        assert titles(response) == ["月坛驿站"]
    html = response.content.decode()
    for name, value in new.items():
        assert f'<select name="{name}">' in html
        assert f'<option value="{value}" selected>' in html
    # The home page's finder form sends the new name.
    assert titles(client.get("/spaces/", {"subdistrict": "niujie"})) == ["牛街书屋"]
