"""Notification addresses of form pages: set by administrators only, stored at once, audited."""

from wagtail import hooks

from core.audit import audit

from .models import FormPage


def _addresses(value):
    return [address.strip() for address in (value or "").split(",") if address.strip()]


def store_notification_address(request, page, created=False):
    """An administrator's change to 通知邮箱 takes effect when saved (a revision never carries
    it, see FormPage.with_content_json) and leaves an entry in the site history."""
    page = page.specific
    if not isinstance(page, FormPage) or not request.user.is_superuser:
        return
    if "to_address" not in request.POST:
        return
    stored = FormPage.objects.filter(pk=page.pk).values_list("to_address", flat=True).first()
    wanted = page.to_address
    if stored is not None and wanted != stored:
        FormPage.objects.filter(pk=page.pk).update(to_address=wanted)
    if stored != wanted or (created and wanted):
        audit(
            page,
            "sxc.notification_address",
            user=request.user,
            data={"before": len(_addresses(stored)), "after": len(_addresses(wanted))},
        )


hooks.register("after_edit_page", store_notification_address)


@hooks.register("after_create_page")
def store_new_notification_address(request, page):
    store_notification_address(request, page, created=True)
