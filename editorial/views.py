"""Form submission views that answer 403 (not Wagtail's redirect) to anyone but reviewers."""

from django.template.response import TemplateResponse
from wagtail.contrib.forms.views import (
    DeleteSubmissionsView,
    FormPagesListView,
    get_submissions_list_view,
)

from core.audit import audit

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
