"""API field serializers content apps share."""

from rest_framework.fields import Field


class TagNamesField(Field):
    """Tags as a sorted list of names, like Wagtail's ``TagsField``, but read from the tags
    a listing prefetched (Wagtail's orders them in the database: a query per item)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())
