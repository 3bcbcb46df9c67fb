"""Reads of one known row carry no ORDER BY (docs/performance.md, "Less CPU per uncached
render"): Django 5.2 compiles an ordering by hashing every selected column, and Wagtail
orders every page queryset by path, so ``first()`` on a page with its joins paid ~30 % of the
query's CPU for an order nobody needed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.requestcache import family
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def ordered(queries, table):
    return [q["sql"] for q in queries if f'FROM "{table}"' in q["sql"] and "ORDER BY" in q["sql"]]


def test_routing_reads_the_page_without_ordering(client, home):
    about = StandardPageFactory(parent=home, slug="about", title="关于")
    StandardPageFactory(parent=about, slug="team", title="团队")
    client.get("/about/team/")  # fills what is kept across requests
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/about/team/").status_code == 200
    assert not ordered(queries, "home_standardpage")
    assert client.get("/about/nobody/").status_code == 404


def test_the_home_page_in_another_language_without_ordering(home, home_en, locale_en):
    with CaptureQueriesContext(connection) as queries:
        assert home.get_translation_or_none(locale_en).pk == home_en.pk
    assert not ordered(queries, "home_homepage")


def test_the_page_family_comes_sorted_without_ordering(rf, home, home_en):
    about = StandardPageFactory(parent=home, slug="about", title="关于")
    team = StandardPageFactory(parent=about, slug="team", title="团队")
    with CaptureQueriesContext(connection) as queries:
        ancestors, translations, homes, _ = family(rf.get("/about/team/"), team)
    assert [p.pk for p in ancestors] == [home.pk, about.pk, team.pk]
    assert {p.pk for p in homes} == {home.pk, home_en.pk}
    assert [p.pk for p in translations] == [team.pk]
    assert not ordered(queries, "wagtailcore_page")
