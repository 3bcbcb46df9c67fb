"""Admin forms of recommendation pages: the book list's limit of 25 books."""

from wagtail.admin.forms import WagtailAdminPageForm

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
