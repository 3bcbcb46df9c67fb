"""How books appear inside the page API (nested in recommendation and book list pages)."""

from rest_framework import serializers

from core.serializers import ImageRenditionField
from recommendations.models.books import COVER_SPEC


class BookSerializer(serializers.Serializer):
    """A book as nested in page API responses."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    subtitle = serializers.CharField()
    authors = serializers.CharField()
    translator = serializers.CharField()
    publisher = serializers.CharField()
    year = serializers.IntegerField()
    isbn = serializers.CharField()
    category = serializers.CharField()
    category_label = serializers.CharField()
    age_groups = serializers.ListField(child=serializers.CharField())
    cover_image = ImageRenditionField(COVER_SPEC, source="cover")


class RelatedBooksField(serializers.Field):
    def to_representation(self, value):
        return [BookSerializer(item.book).data for item in value.all() if item.book_id]


class BookListItemsField(serializers.Field):
    def to_representation(self, value):
        return [
            {"position": position, "blurb": item.blurb, "book": BookSerializer(item.book).data}
            for position, item in enumerate(value.all(), start=1)
            if item.book_id
        ]
