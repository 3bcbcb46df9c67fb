"""Admin forms: the book list's limit of 25 books, and the Book form's duplicate warning
(a warning, not a silent save, when the book may exist already)."""

from django import forms
from django.utils.html import format_html_join
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from recommendations.duplicates import candidates_for

MAX_LIST_ITEMS = 25
TOO_MANY_BOOKS = "一份书单最多收录 {max} 本书，现在有 {count} 本，请删去 {extra} 本后再保存。"


class BookListPageForm(WagtailAdminPageForm):
    """Refuses more than MAX_LIST_ITEMS books with a message editors understand."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("items")
        if formset is not None:
            kept = 0
            for form in formset.forms:
                delete_field = form.fields.get("DELETE")
                deleted = bool(delete_field and delete_field.clean(form["DELETE"].data))
                if not deleted and form["book"].data:
                    kept += 1
            if kept > MAX_LIST_ITEMS:
                self.add_error(
                    None,
                    TOO_MANY_BOOKS.format(
                        max=MAX_LIST_ITEMS, count=kept, extra=kept - MAX_LIST_ITEMS
                    ),
                )
        return cleaned


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
