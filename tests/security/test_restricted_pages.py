"""Restricted pages (password, login, group) appear in no listing to those who may not see them."""

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction

from core.visibility import is_visible, public_pages

pytestmark = pytest.mark.django_db

TYPES = [
    "articles.ArticlePage",
    "recommendations.BookRecommendationPage",
    "recommendations.BookListPage",
    "brands.ReadingBrandPage",
    "campaigns.CampaignPage",
    "honours.HonourRollPage",
    "spaces.ReadingSpacePage",
    "events.EventPage",
    "promoters.ReadingPromoterPage",
]
KINDS = [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]


def newest_of(label):
    from django.apps import apps

    model = apps.get_model(label)
    return (
        model.objects.live()
        .filter(locale__language_code="zh-hans")
        .order_by("-first_published_at", "-pk")
        .first()
    )


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="pw"
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name="Moderators"))


def listing_urls(pages, originals):
    urls = {"/", "/feeds/articles.rss", "/feeds/articles.atom", "/sitemap.xml"}
    for page, original in zip(pages, originals, strict=True):
        parent = page.get_parent().specific
        urls.add(parent.url)
        # The search page repeats the query: search for the title without the marker.
        urls.add(f"/search/?q={original}")
        urls.add(f"/api/v2/pages/?type={page._meta.label}&limit=50&fields=title")
    from django.apps import apps

    for page in Page.objects.live().type(apps.get_model("articles.ArticleIndexPage")):
        urls.update({page.url + "feed/rss/", page.url + "feed/atom/"})
    for page in Page.objects.live().type(apps.get_model("events.EventIndexPage")):
        urls.add(page.url + "ics/")
    return sorted(urls)


def marked_pages():
    pages, originals = [], []
    for n, label in enumerate(TYPES):
        page = newest_of(label)
        assert page is not None, label
        originals.append(page.title)
        page.title = f"{page.title}机密{n}号"
        page.save_revision().publish()
        page.refresh_from_db()
        pages.append(page)
    return pages, originals


def shown(client, urls, pages):
    """{page pk: [urls that list it]}: a listing entry links to the page (its URL in an
    href, or its full URL in feeds, the sitemap and the API)."""
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        body = response.content.decode() if not response.streaming else ""
        for page in pages:
            if f'"{page.url}"' in body or page.full_url in body:
                found.setdefault(page.pk, []).append(url)
    return found


def test_restricted_pages_are_in_no_listing(demo, client, django_capture_on_commit_callbacks):
    pages, originals = marked_pages()
    urls = listing_urls(pages, originals)
    # Before any restriction each marked page is listed somewhere (the test can fail).
    assert set(shown(client, urls, pages)) == {page.pk for page in pages}
    # As on a real site, saving the restrictions commits, and the commit purges the page cache
    # (with it the cached answer "no page is private").
    with django_capture_on_commit_callbacks(execute=True):
        for n, page in enumerate(pages):
            restrict(page, KINDS[n % 3])
    assert shown(client, urls, pages) == {}
    for page in pages:
        for route in (
            f"/sharing/qr/{page.pk}.svg",
            f"/sharing/poster/{page.pk}.png",
            f"/embed/{page.pk}/",
        ):
            assert client.get(route).status_code == 404, route
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        oembed = client.get("/oembed/", {"url": page.full_url})
        assert oembed.status_code == 404


def test_a_request_that_satisfies_a_restriction_sees_the_page(demo, django_user_model):
    page = newest_of("articles.ArticlePage")
    restrict(page, PageViewRestriction.LOGIN)
    pages = Page.objects.filter(pk=page.pk)
    anonymous = RequestFactory().get("/")
    anonymous.session, anonymous.user = (
        {},
        __import__("django.contrib.auth.models", fromlist=["AnonymousUser"]).AnonymousUser(),
    )
    assert not public_pages(pages, anonymous).exists()
    assert not public_pages(pages).exists() and not is_visible(page)
    member = RequestFactory().get("/")
    member.session, member.user = {}, django_user_model.objects.create_user("reader")
    assert public_pages(pages, member).exists() and is_visible(page, member)


def test_the_tree_root_is_never_public(db):
    root = Page.objects.get(depth=1)
    assert not is_visible(root)
    assert not public_pages(Page.objects.filter(pk=root.pk)).exists()


def test_a_previewed_pages_in_memory_relation_is_filtered_too(demo):
    """A preview hands page relations over as modelcluster FakeQuerySets (an event's
    promoters): the preview panel showed a 500 for every event before."""
    from modelcluster.queryset import FakeQuerySet

    page = newest_of("articles.ArticlePage")
    restricted = newest_of("recommendations.BookListPage")
    restrict(restricted, PageViewRestriction.LOGIN)
    relation = FakeQuerySet(Page, [page.page_ptr, restricted.page_ptr])
    assert list(public_pages(relation)) == [page.page_ptr]
