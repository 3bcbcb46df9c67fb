"""/api/v2/messages/: answered public messages for a mini-program. Masked name, no contact."""

from rest_framework.pagination import LimitOffsetPagination
from rest_framework.viewsets import ReadOnlyModelViewSet

from .models import Message
from .queries import public_messages
from .serializers import PublicMessageSerializer


class MessagePagination(LimitOffsetPagination):
    default_limit = 20
    max_limit = 50


class PublicMessageViewSet(ReadOnlyModelViewSet):
    model = Message  # the API router asks every endpoint for its model
    serializer_class = PublicMessageSerializer
    pagination_class = MessagePagination
    queryset = public_messages()

    @classmethod
    def get_urlpatterns(cls):
        from django.urls import path

        return [
            path("", cls.as_view({"get": "list"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "retrieve"}), name="detail"),
        ]


API_ENDPOINTS = [("messages", PublicMessageViewSet)]
