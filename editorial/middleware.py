"""Security headers of the Wagtail admin and of its preview.

- Every admin response gets the admin's own Content Security Policy
  (``settings.ADMIN_CONTENT_SECURITY_POLICY``, reasons there): no outside scripts, no eval,
  nothing may frame it; the sign-in pages also refuse inline scripts.
- Wagtail renders a preview by sending a *dummy request* for the page through the whole
  middleware chain, so the preview carries the public policy (``frame-ancestors 'none'``,
  ``X-Frame-Options: DENY``) and the admin's preview panel and Checks panel stay blank.
  Only for that dummy request, made for a signed-in user who may use the admin, framing by
  the same origin is allowed. Every other response stays unframable.

Sits after ``csp.middleware.CSPMiddleware`` in MIDDLEWARE, so its response hook runs first.
"""

from csp.constants import SELF
from django.conf import settings

ADMIN_PREFIX = "/admin/"


def is_editor_preview(request):
    """A Wagtail preview (dummy request, ``is_preview`` set by the preview handler) for a
    signed-in user with access to the admin."""
    if not (getattr(request, "is_dummy", False) and getattr(request, "is_preview", False)):
        return False
    user = getattr(request, "user", None)
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
    )


class AdminSecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_editor_preview(request):
            replace = dict(getattr(response, "_csp_replace", None) or {})
            replace["frame-ancestors"] = [SELF]
            response._csp_replace = replace
            response["X-Frame-Options"] = "SAMEORIGIN"
        elif request.path_info.startswith(ADMIN_PREFIX):
            directives = dict(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
            if request.path_info.startswith(tuple(settings.ADMIN_STRICT_SCRIPT_PATHS)):
                directives["script-src"] = [SELF]
            if response.get("X-Frame-Options") == "SAMEORIGIN":
                # Wagtail's preview views (their "preview unavailable" page included)
                # mark themselves framable by the same origin: the admin's preview panel.
                directives["frame-ancestors"] = [SELF]
            response._csp_config = directives
        return response
