"""RSS of published answers to public questions: question, answer, unit, masked name. No contact."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from .queries import public_messages

FEED_LENGTH = 20


class AnsweredMessagesFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return f"{index.title} · {_('书香西城')}"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.intro or _("居民留言与答复")

    def feed_url(self, index):
        return self.request.build_absolute_uri(self.request.path)

    def items(self, index):
        return public_messages()[:FEED_LENGTH]

    def item_title(self, message):
        return message.title

    def item_description(self, message):
        answer = message.answer
        return (
            f"{_('留言')}（{message.masked_name}）：{message.text}\n\n"
            f"{_('答复')}（{answer.unit}）：{answer.body}"
        )

    def item_link(self, message):
        return self.index.get_url(self.request) + self.index.reverse_subpage(
            "message", args=[message.pk]
        )

    def item_guid(self, message):
        return self.request.build_absolute_uri(self.item_link(message))

    item_guid_is_permalink = True

    def item_pubdate(self, message):
        return message.answer.first_published_at

    def item_author_name(self, message):
        return message.answer.unit
