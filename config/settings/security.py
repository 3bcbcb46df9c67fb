"""Passwords, login lockout, two-factor sign-in, sessions, security headers, CSP."""

from datetime import timedelta

from csp.constants import NONE, SELF

from .env import env_bool, env_int, env_list, env_str
from .files import MEDIA_URL

# Password policy (docs/security.md): at least 10 characters, not like the user's name or
# e-mail, not a common password, not all digits, and letters plus digits (等保 2.0 二级
# “口令具有复杂度要求”).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", 10)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.passwords.LettersAndDigitsValidator"},
]

# Login lockout (django-axes): LOGIN_FAILURE_LIMIT failures for one account, or from one
# client address (core.ratelimit.client_ip), lock that account or address out for
# LOGIN_LOCKOUT_MINUTES; the right password is refused meanwhile.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_USERNAME_FORM_FIELD = "username"
# Our own log lines (accounts.signals) say who and from where; axes' would repeat them.
AXES_VERBOSE = False

# Two-factor sign-in (TOTP, django-otp) for administrators and TWO_FACTOR_GROUPS; required
# in production (config.settings.production), optional in the demo so `make run` logs in.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)
TWO_FACTOR_GROUPS = env_list("TWO_FACTOR_GROUPS", "表单审阅")
OTP_TOTP_ISSUER = "书香西城"
# An admin session ends after this many idle minutes, and after SESSION_COOKIE_AGE at most.
ADMIN_SESSION_IDLE_MINUTES = env_int("ADMIN_SESSION_IDLE_MINUTES", 30)
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 12 * 3600)
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.forms.AuditedPasswordResetForm"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
PERMISSIONS_POLICY = env_str(
    "PERMISSIONS_POLICY",
    "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()",
)

# A strict Content Security Policy for the public site: no inline scripts anywhere.
# The Wagtail admin (/admin/) has its own policy below, set by
# editorial.middleware.AdminSecurityHeadersMiddleware, which also lets editors' previews
# be framed by the admin (same origin only).
_csp_media = [MEDIA_URL] if MEDIA_URL.startswith("http") else []
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_csp_media],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            *env_list(
                "CSP_FRAME_SRC",
                "https://player.bilibili.com,https://v.qq.com,https://www.youtube-nocookie.com",
            ),
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# The Wagtail 8 admin: scripts from this site only, no eval, but inline scripts allowed:
# Wagtail 8's form widgets (choosers, date pickers, InlinePanel) still initialise
# themselves with inline <script> whose text varies per field (wagtail/wagtail#1288,
# #7053), so neither hashes nor nonces can cover them. The sign-in pages have none and keep
# script-src 'self' (ADMIN_STRICT_SCRIPT_PATHS). Inline style attributes (Wagtail's
# templates, Draftail); blob:/data: images for upload previews; frames of this site
# (preview panel) and of the allowed video players (embed previews). Nothing frames the
# admin; editors' previews are framable by the admin only (editorial.middleware).
ADMIN_STRICT_SCRIPT_PATHS = ["/admin/login/", "/admin/password_reset/", "/admin/logout/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *_csp_media],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
