"""The site-wide article feeds, per language: /feeds/articles.rss and /en/feeds/articles.atom."""

from django.urls import path

from articles.feeds import ArticleAtomFeed, ArticleRssFeed
from core.pagecache import cache_policy


@cache_policy(600)
def rss(request):
    # A new feed object per request: the feed keeps the request while it renders.
    return ArticleRssFeed()(request)


@cache_policy(600)
def atom(request):
    return ArticleAtomFeed()(request)


urlpatterns = [
    path("feeds/articles.rss", rss, name="articles_feed_rss"),
    path("feeds/articles.atom", atom, name="articles_feed_atom"),
]
