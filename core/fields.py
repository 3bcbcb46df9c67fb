"""A list of codes from a fixed vocabulary, edited as checkboxes and stored as JSON.

The one multiple-choice field of the project: reading spaces' services and accessibility,
events' audiences, books' age groups and book lists' audiences.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst

from core.choices import labels


class ChoiceListField(models.JSONField):
    """Several values from ``item_choices`` (services, accessibility features, audiences).

    Stored as a JSON list of codes so no join table is needed; editors tick checkboxes.
    Filtering uses ``<field>__icontains='"code"'``, which works on SQLite and PostgreSQL.
    """

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = [(code, str(label)) for code, label in self.item_choices]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self.item_choices}
        if not isinstance(value, list) or any(item not in allowed for item in value):
            raise ValidationError("包含无效的选项。", code="invalid_choice")

    def labels(self, value):
        """The labels of the codes in ``value``, in the vocabulary's order."""
        return labels(self.item_choices, value)


def contains_code(field_name, code):
    """A filter for ChoiceListField: the stored JSON list contains ``code``."""
    return models.Q(**{f"{field_name}__icontains": f'"{code}"'})
