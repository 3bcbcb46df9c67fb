"""Checks run when an editor publishes or submits for moderation, in the admin form itself.

Every page type's admin form (and the forms of snippet models that set
``content_check = True``, e.g. answers to residents' messages) gets ``ContentCheckMixin``
in ``EditorialConfig.ready()``: nothing to add per page type, and a page type with its own
form keeps it (the mixin is combined with it). Saving a draft is never checked.

Blocking findings are form errors on the field (and a summary at the top). Warnings are
errors too until the editor chooses “确认无误，仍然发布/提交审核” in the action menu, which
posts the same action with that label as its value.
"""

from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .content_check import check_texts
from .text import form_texts

CONFIRM_PUBLISH = "确认无误，仍然发布"
CONFIRM_SUBMIT = "确认无误，仍然提交审核"
CHECKED_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class ContentCheckMixin:
    def clean(self):
        cleaned = super().clean()
        action = next((name for name in CHECKED_ACTIONS if self.data.get(name)), None)
        if action is None:
            return cleaned
        confirmed = self.data.get(action) in (CONFIRM_PUBLISH, CONFIRM_SUBMIT)
        for formset in getattr(self, "formsets", {}).values():
            formset.is_valid()  # so the inline items' cleaned_data exists
        texts = list(form_texts(self))
        extra = getattr(self, "extra_check_texts", None)
        if callable(extra):
            texts.extend(extra())  # text published with the object but not in this form
        findings = check_texts(texts)
        problems = [f for f in findings if f.blocking or not confirmed]
        if not problems:
            return cleaned
        for finding in problems:
            if finding.field and finding.field in self.fields and finding.field not in self.errors:
                self.add_error(finding.field, finding.message())
        summary = "发布前检查发现以下问题：" + "；".join(f.message() for f in problems)
        if any(not f.blocking for f in problems) and not any(f.blocking for f in problems):
            summary += (
                f"如确认可以公开，请在底部操作菜单中选择“{CONFIRM_PUBLISH}”或“{CONFIRM_SUBMIT}”。"
            )
            user = getattr(self, "for_user", None)
            if user is not None:
                user._content_check_confirmable = True
        self.add_error(None, summary)
        return cleaned


def with_content_check(form_class):
    if issubclass(form_class, ContentCheckMixin):
        return form_class
    return type(f"ContentChecked{form_class.__name__}", (ContentCheckMixin, form_class), {})


def install(page_models, snippet_models):
    """Give each model's admin form the check (called once, before any admin request)."""
    for model in page_models:
        model.base_form_class = with_content_check(
            getattr(model, "base_form_class", None) or WagtailAdminPageForm
        )
    for model in snippet_models:
        if getattr(model, "content_check", False):
            model.base_form_class = with_content_check(
                getattr(model, "base_form_class", None) or WagtailAdminModelForm
            )


class ConfirmMenuItem(ActionMenuItem):
    """Shown after a check raised only warnings: repeats the action, confirmed."""

    template_name = "wagtailadmin/pages/action_menu/menu_item.html"
    icon_name = "tick"
    order = 35

    def is_shown(self, context):
        return bool(getattr(context["request"].user, "_content_check_confirmable", False))


class ConfirmPublishMenuItem(ConfirmMenuItem):
    label = CONFIRM_PUBLISH
    name = "action-publish"

    def is_shown(self, context):
        if not super().is_shown(context):
            return False
        page = context.get("page")
        if page is not None:
            return page.permissions_for_user(context["request"].user).can_publish()
        model = context.get("model")
        if model is not None:
            from wagtail.permission_policies import ModelPermissionPolicy

            return ModelPermissionPolicy(model).user_has_permission(
                context["request"].user, "publish"
            )
        parent = context.get("parent_page")
        return bool(
            parent and parent.permissions_for_user(context["request"].user).can_publish_subpage()
        )


class ConfirmSubmitMenuItem(ConfirmMenuItem):
    label = CONFIRM_SUBMIT
    name = "action-submit"
    order = 36
