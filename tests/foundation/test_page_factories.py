"""Test page factories put a new page in its parent's language, as Wagtail would, without
Wagtail's query for it (core.factories.PageFactory)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def test_a_new_page_gets_its_parents_locale_without_a_query_for_it(home_en, locale_en):
    index = EventIndexPageFactory(parent=home_en, slug="events")
    with CaptureQueriesContext(connection) as queries:
        event = EventPageFactory(parent=index)
    assert event.locale_id == locale_en.pk
    # Wagtail's own way: the parent's specific row joined with its locale.
    assert not [q for q in queries if 'JOIN "wagtailcore_locale"' in q["sql"]]


def test_a_locale_passed_in_still_wins(home, locale_en):
    index = EventIndexPageFactory(parent=home, slug="events")
    assert EventPageFactory(parent=index, locale=locale_en).locale_id == locale_en.pk
    assert EventPageFactory(parent=index).locale_id == home.locale_id
