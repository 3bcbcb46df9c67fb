"""Admin hooks: who may read form submissions, the dashboard panel, the accessibility checker."""

from django import forms
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import translations, views
from .accessibility import use_editor_checker
from .dashboard import EditorialPanel
from .health.models import FreshnessLimit, page_type_choices
from .roles import FORM_REVIEWER, can_read_submissions, in_group
from .wordlist import ForbiddenWord


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


@hooks.register("register_admin_urls")
def guard_submission_urls():
    """Same paths as wagtail.contrib.forms, matched first (this app's hooks load earlier):
    anyone but reviewers and administrators gets a 403 page instead of a redirect."""
    return [
        path("forms/", views.forms_index, name="editorial_forms_index"),
        path("forms/results/", views.forms_index_results, name="editorial_forms_index_results"),
        path(
            "forms/submissions/<int:page_id>/",
            views.list_submissions,
            name="editorial_list_submissions",
        ),
        path(
            "forms/submissions/<int:page_id>/results/",
            views.list_submissions,
            {"results_only": True},
            name="editorial_list_submissions_results",
        ),
        path(
            "translations/<int:page_id>/submit/",
            translations.submit_translation,
            name="editorial_submit_translation",
        ),
        path(
            "forms/submissions/<int:page_id>/delete/",
            views.delete_submissions,
            name="editorial_delete_submissions",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_editorial_panel(request, panels):
    panels.append(EditorialPanel())


hooks.register("construct_wagtail_userbar", use_editor_checker)


@hooks.register("insert_global_admin_css")
def editorial_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/admin.css"))


# -- site health monitor and the pre-publish check ------------------------------------


@hooks.register("register_admin_urls")
def health_urls():
    from .health.views import health_report

    return [path("health/", health_report, name="editorial_health_report")]


@hooks.register("register_reports_menu_item")
def health_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        "网站健康检查", reverse("editorial_health_report"), icon_name="warning", order=50
    )


@hooks.register("construct_homepage_panels")
def add_health_panel(request, panels):
    from .health.views import HealthPanel

    panels.append(HealthPanel())


@hooks.register("register_page_action_menu_item")
def confirm_publish_page():
    from .prepublish import ConfirmPublishMenuItem

    return ConfirmPublishMenuItem()


@hooks.register("register_page_action_menu_item")
def confirm_submit_page():
    from .prepublish import ConfirmSubmitMenuItem

    return ConfirmSubmitMenuItem()


@hooks.register("register_snippet_action_menu_item")
def confirm_snippet_actions(model):
    from .prepublish import ConfirmPublishMenuItem

    if getattr(model, "content_check", False):
        return ConfirmPublishMenuItem()
    return None


class ForbiddenWordViewSet(SnippetViewSet):
    model = ForbiddenWord
    icon = "warning"
    menu_label = "违禁词"
    add_to_settings_menu = True
    list_display = ["word", "blocks_publishing", "reason"]
    search_fields = ["word", "reason"]
    panels = [FieldPanel("word"), FieldPanel("blocks_publishing"), FieldPanel("reason")]


class FreshnessLimitViewSet(SnippetViewSet):
    model = FreshnessLimit
    icon = "time"
    menu_label = "栏目更新期限"
    add_to_settings_menu = True
    list_display = ["page_type_label", "max_days"]
    panels = [
        FieldPanel("page_type", widget=forms.Select(choices=page_type_choices)),
        FieldPanel("max_days"),
    ]


register_snippet(ForbiddenWordViewSet)
register_snippet(FreshnessLimitViewSet)


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    """Translated pages (wagtail-localize) can be sent to the 审核发布 workflow."""
    from django.conf import settings
    from django.urls import reverse
    from wagtail.admin.widgets import Button

    if page.locale.language_code == settings.LANGUAGE_CODE or page.workflow_in_progress:
        return
    if translations.translation_of(page) is None:
        return
    yield Button(
        "提交翻译审核",
        reverse("editorial_submit_translation", args=[page.pk]),
        icon_name="resubmit",
        priority=45,
    )


hooks.register("after_publish_page", translations.warn_untranslated_after_publish)
