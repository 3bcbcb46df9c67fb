"""Admin hooks: who may read form submissions, the dashboard panel, the accessibility checker."""

from wagtail import hooks
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page

from .accessibility import use_editor_checker
from .dashboard import EditorialPanel
from .roles import FORM_REVIEWER, can_read_submissions, in_group


@hooks.register("filter_form_submissions_for_user")
def only_form_reviewers_read_submissions(user, editable_forms):
    """Form submissions hold personal data (PIPL): only 表单审阅 members and administrators
    see them, list them, export them or delete them. Editing a form page is not enough.

    Reviewers need no page permissions: they see every form page's submissions.
    """
    if not can_read_submissions(user):
        return editable_forms.none()
    if user.is_superuser:
        return editable_forms
    if in_group(user, FORM_REVIEWER):
        return Page.objects.filter(content_type__in=get_form_types())
    return editable_forms.none()


@hooks.register("construct_homepage_panels")
def add_editorial_panel(request, panels):
    panels.append(EditorialPanel())


hooks.register("construct_wagtail_userbar", use_editor_checker)
