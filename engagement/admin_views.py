"""The submissions list of a form page: safe spreadsheets, and every look at it audited."""

from wagtail.contrib.forms.views import SubmissionsListView

from core.audit import audit
from core.exports import SafeSpreadsheetExportMixin


class AuditedSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """Viewing and exporting submissions (personal data) leave an entry in the site history
    with the count and the format, never the data itself."""

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        submissions = context.get("submissions")
        if self.is_export:
            action = "sxc.submissions_export"
            data = {"count": submissions.count(), "format": self.request.GET.get("export")}
        else:
            action = "sxc.submissions_view"
            page_obj = context.get("page_obj")
            data = {"count": len(page_obj.object_list) if page_obj else submissions.count()}
        audit(self.form_page, action, user=self.request.user, data=data)
        return response
