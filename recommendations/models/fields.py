"""A few codes from a fixed list in one column, filterable on every database."""

from django import forms
from django.core import exceptions
from django.db import models


class ChoiceListField(models.CharField):
    """Stores ``["primary", "secondary"]`` as ``",primary,secondary,"``.

    The delimiters at both ends make ``field__contains=",primary,"`` an exact membership
    test on SQLite and PostgreSQL alike, without a join table.
    """

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    # -- python <-> database -------------------------------------------------------

    def _as_list(self, value):
        if value in (None, ""):
            return []
        if isinstance(value, list | tuple | set):
            return [str(v) for v in value if v]
        return [part for part in str(value).split(",") if part]

    def from_db_value(self, value, expression, connection):
        return self._as_list(value)

    def to_python(self, value):
        return self._as_list(value)

    def get_prep_value(self, value):
        if isinstance(value, str):
            # Lookup values (",primary,") and stored strings pass through unchanged.
            return value
        items = self._as_list(value)
        return f",{','.join(items)}," if items else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {code for code, _ in self.item_choices}
        unknown = [v for v in self._as_list(value) if v not in allowed]
        if unknown:
            raise exceptions.ValidationError(
                f"未知的选项：{'、'.join(unknown)}。", code="invalid_choice"
            )
        if not self.blank and not self._as_list(value):
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def run_validators(self, value):
        # max_length applies to the stored string, not the list.
        return super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.item_choices,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        for key in ("max_length", "empty_value", "choices_form_class"):
            defaults.pop(key, None)
        return form_class(**defaults)

    def labels(self, value):
        names = dict(self.item_choices)
        return [names.get(code, code) for code in self._as_list(value)]
