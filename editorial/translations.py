"""Translations go through the 审核发布 workflow like any page (docs/editor-guide.md).

wagtail-localize's translation editor only offers 发布 (publish), which editors may not do.
``submit_translation`` saves the translated page as a draft revision from the translated
strings and starts the page's workflow; a moderator approves it as any other page.
``untranslated_references`` lists the pages and snippets a page shows that have no
version in its language, so the editor (before submitting) and the moderator (in the
dashboard, and after publishing) are warned.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail.models import DraftStateMixin, Page, ReferenceIndex, TranslatableMixin
from wagtail_localize.models import Translation


def translation_of(page):
    """The enabled wagtail-localize Translation whose target is ``page``, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_references(page):
    """Objects ``page`` shows (choosers, StreamField, inline rows) that exist in another
    language only: [(verbose name, str(object))]."""
    page = page.specific
    refs = {}
    for content_type_id, object_id, *_ in ReferenceIndex._extract_references_from_object(page):
        refs.setdefault(content_type_id, set()).add(object_id)
    missing = []
    for content_type_id, ids in refs.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, TranslatableMixin):
            continue
        objects = model._default_manager.filter(pk__in=ids).exclude(locale_id=page.locale_id)
        objects = list(objects)
        if not objects:
            continue
        translated = model._default_manager.filter(
            translation_key__in=[o.translation_key for o in objects], locale_id=page.locale_id
        )
        if issubclass(model, DraftStateMixin):
            translated = translated.filter(live=True)
        have = set(translated.values_list("translation_key", flat=True))
        for obj in objects:
            if obj.translation_key not in have:
                title = obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)
                missing.append((model._meta.verbose_name, title))
    return missing


def submit_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = translation_of(page)
    if translation is None:
        messages.error(request, "这个页面不是同步翻译的页面，请在页面编辑器中提交审核。")
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    missing = untranslated_references(page)
    if request.method == "POST":
        if page.workflow_in_progress:
            messages.warning(request, f"“{page.title}”已在审核中。")
        elif workflow is None:
            messages.error(request, "这个页面没有审核流程，请联系管理员。")
        else:
            translation.save_target(user=request.user, publish=False)
            page = Page.objects.get(pk=page.pk).specific
            workflow.start(page, request.user)
            messages.success(request, f"翻译“{page.title}”已提交审核（{workflow.name}）。")
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "editorial/submit_translation.html",
        {"page": page, "translation": translation, "workflow": workflow, "missing": missing},
    )


def warn_untranslated_after_publish(request, page):
    if page.locale.language_code == _default_language():
        return
    missing = untranslated_references(page)
    if missing:
        listed = "、".join(f"{kind}“{title}”" for kind, title in missing)
        messages.warning(
            request,
            f"“{page.title}”已发布，但它显示的 {listed} 还没有{page.locale.get_display_name()}版本，"
            "读者会看到原文。请尽快翻译。",
        )


def _default_language():
    from django.conf import settings

    return settings.LANGUAGE_CODE
