"""Form submission views that answer 403 (not Wagtail's redirect) to anyone but reviewers."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.forms.views import DeleteSubmissionsView, FormPagesListView
from wagtail.models import Page

from core.audit import audit
from core.exports import csv_response, xlsx_response

from .roles import can_read_submissions


def forbidden(request):
    return TemplateResponse(request, "editorial/submissions_forbidden.html", status=403)


def reviewers_only(view):
    """Wagtail's admin turns PermissionDenied into a redirect to the dashboard; personal data
    deserves an unambiguous 403 page that says who may read it."""

    def wrapped(request, *args, **kwargs):
        if not can_read_submissions(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    wrapped.__name__ = getattr(view, "__name__", "reviewers_only")
    return wrapped


class FormsIndexView(FormPagesListView):
    """The list of forms. Wagtail asks for a page permission to see it; reviewers have none,
    so the check is what get_forms_for_user (filtered by our hook) returns."""

    any_permission_required = None
    permission_required = None


class SpreadsheetExportMixin:
    """Submission exports through core.exports: UTF-8 with BOM (Excel on Chinese Windows),
    times in Asia/Shanghai, formulas neutralised; every export audited (counts only)."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        submissions = list(queryset)
        header = [str(self.export_headings.get(field, field)) for field in self.list_export]
        rows = [list(self.to_row_dict(item).values()) for item in submissions]
        filename = f"{self.get_filename()}.{spreadsheet_format}"
        if spreadsheet_format == self.FORMAT_XLSX:
            response = xlsx_response(filename, header, rows, sheet_title="表单提交")
        else:
            response = csv_response(filename, header, rows)
        audit(
            self.form_page,
            "sxc.submissions_export",
            user=self.request.user,
            data={"count": len(submissions), "format": spreadsheet_format},
        )
        return response


def get_submissions_list_view(request, page_id, results_only=False):
    form_page = get_object_or_404(Page, id=page_id).specific
    if not isinstance(form_page, FormMixin):
        raise Http404
    base = form_page.get_submissions_list_view_class()
    view_class = type(f"Exporting{base.__name__}", (SpreadsheetExportMixin, base), {})
    return view_class.as_view(results_only=results_only)(request, form_page=form_page)


class AuditedDeleteSubmissionsView(DeleteSubmissionsView):
    """Deleting submissions (personal data) is written to the site history, with the count."""

    def handle_delete(self, submissions):
        count = submissions.count()
        super().handle_delete(submissions)
        audit(self.page, "sxc.submissions_delete", user=self.request.user, data={"count": count})


list_submissions = reviewers_only(get_submissions_list_view)
delete_submissions = reviewers_only(AuditedDeleteSubmissionsView.as_view())
forms_index = reviewers_only(FormsIndexView.as_view())
forms_index_results = reviewers_only(FormsIndexView.as_view(results_only=True))
