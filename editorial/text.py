"""Plain text out of what editors type: model fields, rich text, StreamField data, inline items.

``form_texts(form)`` and ``page_texts(page)`` yield ``(location, text)`` pairs, where the
location says in Chinese where an editor finds the text (“正文 · 第 3 个内容块（段落）”).
"""

from django.db import models
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

SKIPPED_FIELDS = {"slug", "url_path", "draft_title", "seo_title", "latest_revision"}


def to_text(value):
    """A string (HTML stripped) from a str, RichText, or nested block data."""
    if value is None:
        return ""
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, str):
        return strip_tags(value) if "<" in value else value
    return ""


def walk_strings(data):
    """Every string inside StreamField raw data (dicts, lists), as plain text."""
    for string in raw_strings(data):
        yield to_text(string)


def stream_texts(label, stream):
    raw = stream.get_prep_value() if isinstance(stream, StreamValue) else stream or []
    for number, block in enumerate(raw, start=1):
        if not isinstance(block, dict):
            continue
        block_label = block.get("type", "")
        if isinstance(stream, StreamValue):
            child = stream.stream_block.child_blocks.get(block_label)
            if child is not None:
                block_label = str(child.label)
        text = " ".join(s for s in walk_strings(block.get("value")) if s)
        if text.strip():
            yield f"{label} · 第 {number} 个内容块（{block_label}）", text


def value_texts(label, value):
    if isinstance(value, StreamValue):
        yield from stream_texts(label, value)
    else:
        text = to_text(value)
        if text.strip():
            yield label, text


def form_texts(form):
    """What an editor submitted in an admin form, including its inline (formset) items."""
    for name, value in (getattr(form, "cleaned_data", None) or {}).items():
        if name in SKIPPED_FIELDS or name not in form.fields:
            continue
        label = str(form.fields[name].label or name)
        for location, text in value_texts(label, value):
            yield name, location, text
    for formset_name, formset in getattr(form, "formsets", {}).items():
        for number, child in enumerate(formset.forms, start=1):
            data = getattr(child, "cleaned_data", None) or {}
            if data.get("DELETE"):
                continue
            for name, value in data.items():
                if name in ("DELETE", "ORDER", "id") or name not in child.fields:
                    continue
                heading = str(getattr(formset.model._meta, "verbose_name", formset_name))
                label = f"{heading} 第 {number} 项 · {child.fields[name].label or name}"
                for location, text in value_texts(label, value):
                    yield None, location, text


TEXT_FIELD_TYPES = (models.CharField, models.TextField, RichTextField, StreamField)


def page_values(page):
    """(label, stored value) of every text field of a (specific) page and its inline items."""
    for field in page._meta.get_fields():
        if isinstance(field, TEXT_FIELD_TYPES) and field.name not in SKIPPED_FIELDS:
            yield str(field.verbose_name), getattr(page, field.name, None)
    for relation in page._meta.related_objects:
        if not relation.one_to_many:
            continue
        related_model = relation.related_model
        if not hasattr(related_model, "sort_order"):
            continue  # only Orderable inline items (InlinePanel), not reverse foreign keys
        manager = getattr(page, relation.get_accessor_name(), None)
        if manager is None:
            continue
        for number, item in enumerate(manager.all(), start=1):
            for field in item._meta.get_fields():
                if isinstance(field, TEXT_FIELD_TYPES):
                    label = (
                        f"{related_model._meta.verbose_name} 第 {number} 项 · {field.verbose_name}"
                    )
                    yield label, getattr(item, field.name, None)


def page_texts(page):
    """(location, plain text) for every text field of a page, inline items included."""
    for label, value in page_values(page):
        yield from value_texts(label, value)


def raw_strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in ("id", "type"):
                yield from raw_strings(value)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from raw_strings(item)


def walk_raw(page):
    """(location, stored string) with HTML kept: where the link checker finds links."""
    for label, value in page_values(page):
        if isinstance(value, StreamValue):
            for number, block in enumerate(value.get_prep_value(), start=1):
                for string in raw_strings(block.get("value")):
                    yield f"{label} · 第 {number} 个内容块", string
        elif isinstance(value, RichText):
            yield label, value.source
        elif isinstance(value, str):
            yield label, value
