"""Only the 答复 group (and superusers) see messages; the deadline panel; query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultation.factories import MessageFactory
from consultation.queries import monthly_statistics, overdue_count

from .helpers import PHONE, answered

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_message_admin_is_403_for_other_groups(client, request, who):
    message = MessageFactory()
    client.force_login(request.getfixturevalue(who))
    for url in (
        reverse("consultation_message:index"),
        reverse("consultation_message:edit", args=[message.pk]),
        reverse("consultation_message:inspect", args=[message.pk]),
    ):
        assert client.get(url).status_code == 403, url


def test_repliers_see_contact_details(client, replier):
    message = MessageFactory(mobile=PHONE)
    client.force_login(replier)
    assert client.get(reverse("consultation_message:index")).status_code == 200
    response = client.get(reverse("consultation_message:inspect", args=[message.pk]))
    assert PHONE in response.content.decode()


def test_editors_cannot_write_answers(client, editor):
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_consultation_answer:add")).status_code in (302, 403)


def test_dashboard_lists_the_overdue_message(client, replier):
    MessageFactory(title="逾期未复的问题", received_at=timezone.now() - datetime.timedelta(days=15))
    MessageFactory(title="今天的问题")
    client.force_login(replier)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "留言答复期限" in html
    overdue_section = html.split("已超期")[1].split("即将到期")[0]
    assert "逾期未复的问题" in overdue_section
    assert "今天的问题" not in overdue_section
    assert overdue_count() == 1


def test_monthly_statistics_count_working_days():
    answered("已答复")
    MessageFactory(title="未答复", received_at=timezone.now() - datetime.timedelta(days=30))
    rows = monthly_statistics()
    assert sum(row["received"] for row in rows) == 2
    assert sum(row["answered"] for row in rows) == 1
    assert any(row["median"] is not None for row in rows)
    assert sum(row["overdue"] for row in rows) == 1


def count_queries(client, url):
    client.get(url)  # warm the site-root and settings caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_public_list_query_count_does_not_grow(client, index):
    for number in range(5):
        answered(f"问题 {number}")
    index.per_page = 50
    index.save_revision().publish()
    five = count_queries(client, index.url)
    for number in range(5, 50):
        answered(f"问题 {number}")
    fifty = count_queries(client, index.url)
    assert fifty <= five


def test_consultation_section_is_empty_until_an_answer_is_public(index):
    from editorial.health.sections import empty_sections

    assert index.pk in {p.pk for p in empty_sections()}
    answered("第一条")
    assert index.pk not in {p.pk for p in empty_sections()}


def test_statistics_report(client, editor):
    answered("已答复")
    client.force_login(editor)
    response = client.get(reverse("consultation_statistics"), {"year": "abc"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "每月留言与答复" in html and "欧" not in html
