"""Audit entries in Wagtail's own log (Reports → 站点历史), for actions on personal data.

Exports, views and deletions of submissions or bookings, logins, password resets and
notification-address changes are written with ``audit(instance, "sxc.<action>", user, data)``.
Actions are registered with labels in ``core.wagtail_hooks`` (``register_log_actions``);
``data`` must never hold personal data itself (counts, ids, field names only).
Models Wagtail does not log by default are registered with ``ModelLogEntry`` on first use.
"""

from wagtail.log_actions import log, registry
from wagtail.models import ModelLogEntry


def audit(instance, action, user=None, data=None):
    if registry.get_log_model_for_instance(instance) is None:
        registry.register_model(type(instance), ModelLogEntry)
    return log(instance, action, user=user, data=data or {})
