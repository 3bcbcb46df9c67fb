"""The submissions list of a form page: every look at it audited.

Exports go through editorial.views (the admin's only submissions route, which wraps this
view with the safe CSV/XLSX writer of core.exports and audits each export).
"""

from wagtail.contrib.forms.views import SubmissionsListView

from core.audit import audit


class AuditedSubmissionsListView(SubmissionsListView):
    """Viewing submissions (personal data) leaves an entry in the site history with the
    count, never the data itself."""

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
