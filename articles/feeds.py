"""RSS 2.0 and Atom feeds of articles: one per article index, one for the whole site per language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from articles.queries import live_articles

FEED_LENGTH = 20


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index=None):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.site = Site.find_for_request(request)
        return self.index

    # -- the channel ---------------------------------------------------------------

    def title(self, index):
        site_name = _("书香西城")
        return f"{index.title} · {site_name}" if index else _("书香西城 · 资讯")

    def link(self, index):
        if index is not None:
            return index.get_url(self.request)
        root = self.site.root_page.localized if self.site else None
        return root.get_url(self.request) if root else "/"

    def description(self, index):
        if index is not None and index.intro:
            return index.intro
        return _("西城区全民阅读服务平台的新闻、阅读指南、人物访谈和政策解读。")

    def author_name(self, index):
        # Atom requires an author for the feed when an entry has none.
        return _("书香西城")

    def feed_url(self, index):
        return self.request.build_absolute_uri(self.request.path)

    # -- the items -----------------------------------------------------------------

    def items(self, index):
        articles = live_articles()
        if index is not None:
            articles = articles.child_of(index)
        else:
            articles = articles.filter(locale=Locale.get_active())
            if self.site is not None:
                articles = articles.descendant_of(self.site.root_page.localized, inclusive=False)
        return articles[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.get_listing_summary() or ""

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.published_datetime()

    def item_updateddate(self, item):
        return item.last_published_at or item.published_datetime()

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.category_label, *(tag.name for tag in item.tags.all())]


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
