"""The Book form in the admin: a warning, not a silent save, when the book may exist already."""

from django import forms
from django.utils.html import format_html_join
from wagtail.admin.forms import WagtailAdminModelForm

from recommendations.duplicates import candidates_for

CONFIRM_FIELD = "confirm_not_duplicate"


class BookForm(WagtailAdminModelForm):
    confirm_not_duplicate = forms.BooleanField(
        label="确认不是重复的图书",
        required=False,
        help_text="只有系统提示“可能重复”时才需要勾选：确认这是另一本书或另一个版本后再保存。",
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors or cleaned.get(CONFIRM_FIELD):
            return cleaned
        probe = self.instance
        for name in ("title", "authors", "isbn"):
            if name in cleaned:
                setattr(probe, name, cleaned[name] or "")
        try:
            from recommendations.isbn import parse_isbn

            probe.isbn = parse_isbn(probe.isbn)
        except ValueError:
            return cleaned
        if not probe.locale_id:
            return cleaned
        duplicates = candidates_for(probe)
        if duplicates:
            listed = format_html_join(
                "；", "《{}》{}（{}{}，ID {}）", [self._describe(book) for book in duplicates]
            )
            self.add_error(
                None,
                forms.ValidationError(
                    "可能重复：图书库里已有 %(books)s。请先在图书列表中查看，能用已有的图书就不要新建；"
                    "确认是另一本书或另一个版本后，勾选“确认不是重复的图书”再保存。",
                    params={"books": listed},
                    code="duplicate",
                ),
            )
        return cleaned

    @staticmethod
    def _describe(book):
        publisher = book.publisher or "出版社未填"
        year = f" {book.year}" if book.year else ""
        return (book.title, book.authors, publisher, year, book.pk)
