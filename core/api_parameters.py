"""Query parameters of the API checked before they reach the database.

Every endpoint (config/api.py) mixes in ValidatedParametersMixin: a bad value is a 400
with a message, never a database error (a huge offset, an unknown search operator, a
malformed date or id).
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import Http404
from wagtail.api.v2.utils import BadRequestError

MAX_OFFSET = 1_000_000
MAX_ID = 2**63 - 1
ID_PARAMETERS = ("id", "child_of", "descendant_of", "translation_of")
SEARCH_OPERATORS = ("and", "or")
PARSED_FIELDS = (
    models.DateField,
    models.TimeField,
    models.DecimalField,
    models.FloatField,
    models.UUIDField,
)
INTEGER_FIELDS = (models.IntegerField, models.AutoField, models.ForeignKey)


def _integer(name, raw, maximum):
    if not raw.isdigit() or len(raw) > 19 or int(raw) > maximum:
        raise BadRequestError(f"{name} 必须是 0 到 {maximum} 之间的整数。")


class ValidatedParametersMixin:
    """Reject query parameters the database would choke on, with a 400 and a message."""

    def check_parameters(self, request):
        for name in ("offset", "limit"):
            if name in request.GET:
                _integer(name, request.GET[name].strip(), MAX_OFFSET)
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator 只能是 and 或 or。")
        for name in ID_PARAMETERS:
            value = request.GET.get(name)
            if value is not None and not (name == "descendant_of" and value == "root"):
                _integer(name, value.strip(), MAX_ID)
        model = self.get_queryset().model
        fields = set(self.get_available_fields(model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in fields or name in ID_PARAMETERS:
                continue
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if isinstance(field, INTEGER_FIELDS):
                _integer(name, value.strip().lstrip("-"), MAX_ID)
            elif isinstance(field, PARSED_FIELDS):
                try:
                    field.to_python(value)
                except (ValidationError, ValueError, TypeError):
                    raise BadRequestError(f"{name} 的值“{value[:20]}”格式不正确。")

    def listing_view(self, request):
        self.check_parameters(request)
        return super().listing_view(request)

    def detail_view(self, request, pk):
        if int(pk) > MAX_ID:
            raise Http404("没有这个编号。")
        return super().detail_view(request, pk)
