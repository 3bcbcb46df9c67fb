"""The book rule (issue 12, item 3): book changes go through moderation; a page's approval
publishes the new books it shows; page, API and search always show the same version."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState

from recommendations.models import Book
from tests.editorial.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.mark.indexes
def test_editors_submit_book_changes_for_moderation(client, make_book):
    editor = make_user("ed", "编辑")
    book = make_book(title="城南旧事", authors="林海音")
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippets_recommendations_book:edit", args=[book.pk])).content
    html = html.decode()
    assert 'name="action-submit"' in html and 'name="action-publish"' not in html
    from tests.recommendations.test_book_admin import book_form

    data = book_form(
        title="城南旧事", authors="林海音", publisher="中国青年出版社", locale=str(book.locale_id)
    )
    data["action-submit"] = "action-submit"
    response = client.post(
        reverse("wagtailsnippets_recommendations_book:edit", args=[book.pk]), data
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(book.pk), base_content_type__model="book")
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "审核发布"
    assert Group.objects.get(name="审核") in state.current_task_state.task.specific.groups.all()
    book.refresh_from_db()
    assert book.publisher == ""  # the live version is unchanged until approved


def test_approving_a_page_publishes_its_new_book(client, make_book, make_recommendation):
    draft = make_book(title="呼兰河传", authors="萧红", publisher="人民文学出版社", live=False)
    page = make_recommendation(book=draft)  # publishes the page
    draft.refresh_from_db()
    assert draft.live
    assert client.get("/api/v2/books/").json()["meta"]["total_count"] >= 1
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["book"]["title"] == "呼兰河传"


@pytest.mark.indexes
def test_page_api_and_search_show_the_same_published_book(
    client, make_book, make_recommendation, django_capture_on_commit_callbacks
):
    from wagtail.search.backends import get_search_backend

    book = make_book(title="城南旧事", authors="林海音")
    page = make_recommendation(book=book, title="童年的北京")
    # A draft change of the live book: nowhere yet.
    book.title = "城南旧事（插图本）"
    book.save_revision()
    book = Book.objects.get(pk=book.pk)
    assert book.title == "城南旧事"
    assert "城南旧事（插图本）" not in client.get(page.url).content.decode()
    # Published: everywhere at once.
    with django_capture_on_commit_callbacks(execute=True):
        book.latest_revision.publish()
    assert "城南旧事（插图本）" in client.get(page.url).content.decode()
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["book"]["title"] == "城南旧事（插图本）"
    assert client.get(f"/api/v2/books/{book.pk}/").json()["title"] == "城南旧事（插图本）"
    results = get_search_backend().search("插图本", type(page).objects.live())
    assert [p.pk for p in results] == [page.pk]
