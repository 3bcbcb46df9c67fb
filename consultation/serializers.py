"""The public API shape of an answered message: no name, no contact details, ever."""

from django.utils import timezone
from rest_framework import serializers

from .models import Message


class PublicMessageSerializer(serializers.ModelSerializer):
    category_label = serializers.CharField(source="get_category_display")
    asker = serializers.CharField(source="masked_name")
    received = serializers.SerializerMethodField()
    answered = serializers.SerializerMethodField()
    answer_unit = serializers.CharField(source="answer.unit")
    answer = serializers.CharField(source="answer.body")

    class Meta:
        model = Message
        fields = [
            "id",
            "category",
            "category_label",
            "title",
            "text",
            "asker",
            "received",
            "answered",
            "answer_unit",
            "answer",
        ]

    def get_received(self, message):
        return timezone.localdate(message.received_at).isoformat()

    def get_answered(self, message):
        return timezone.localdate(message.answer.first_published_at).isoformat()
