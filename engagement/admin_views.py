"""The submissions list of a form page: safe spreadsheets, and every look at it audited."""

from wagtail.contrib.forms.views import SubmissionsListView

from core.audit import audit
from core.exports import SafeSpreadsheetExportMixin


class AuditedSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """Viewing and exporting submissions (personal data) leave an entry in the site history
    with the count and the format, never the data itself."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # An export view that replaces as_spreadsheet (editorial's, through core.exports)
        # audits the export itself: this runs only when it is the one writing the file.
        audit(
            self.form_page,
            "sxc.submissions_export",
            user=self.request.user,
            data={"count": queryset.count(), "format": spreadsheet_format},
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def render_to_response(self, context, **response_kwargs):
        if not self.is_export:
            page_obj = context.get("page_obj")
            count = len(page_obj.object_list) if page_obj else context["submissions"].count()
            audit(
                self.form_page,
                "sxc.submissions_view",
                user=self.request.user,
                data={"count": count},
            )
        return super().render_to_response(context, **response_kwargs)
