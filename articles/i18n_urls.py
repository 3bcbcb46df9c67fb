"""The site-wide article feeds, per language: /feeds/articles.rss and /en/feeds/articles.atom."""

from django.urls import path
from django.views.decorators.cache import cache_control

from articles.feeds import ArticleAtomFeed, ArticleRssFeed


@cache_control(public=True, max_age=600)
def rss(request):
    # A new feed object per request: the feed keeps the request while it renders.
    return ArticleRssFeed()(request)


@cache_control(public=True, max_age=600)
def atom(request):
    return ArticleAtomFeed()(request)


urlpatterns = [
    path("feeds/articles.rss", rss, name="articles_feed_rss"),
    path("feeds/articles.atom", atom, name="articles_feed_atom"),
]
