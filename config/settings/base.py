"""Settings shared by every environment. Everything that differs comes from the environment."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "insecure-development-key-never-used-in-production")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The content apps, one per area, and the cross-cutting ones. Their order here matters only
# for template overrides (project apps come before Wagtail so their templates win); URLs,
# API endpoints and demo loaders are listed explicitly (config/urls.py, config/api.py and
# DEMO_LOADERS below), each in an order that says why.
PROJECT_APPS = [
    "core",
    "home",
    "recommendations",
    "articles",
    "brands",
    "campaigns",
    "honours",
    "spaces",
    "events",
    "promoters",
    "engagement",
    "consultation",
    "editorial",
    "sharing",
    "search",
    "stats",
    "accounts",
]

# `manage.py load_demo` runs these "<app>.demo.<function>(ctx)" loaders in this order. Later
# loaders link to what earlier ones made (through ctx.model(label)), and the main menu lists
# the sections in the order their loaders add them. load_demo refuses to run while an app has
# a demo.py that is not listed here.
DEMO_LOADERS = [
    # Site settings, the main and footer menus, the home page, about and privacy pages:
    # every other section hangs under the home page and appends to its menus.
    "home.demo.load",
    # Books and book lists: brands show book lists, spaces lend books.
    "recommendations.demo.load",
    # News: brands and campaigns link the articles written about them.
    "articles.demo.load",
    # Brands: their pages list book lists and articles made above.
    "brands.demo.load",
    # Campaigns: the news items about each campaign point to it.
    "campaigns.demo.load",
    # Honour rolls: the families' roll comes from last year's campaign.
    "honours.demo.load",
    # Reading spaces; the books above become borrowable at the sample libraries.
    "spaces.demo.load",
    # Events: held at the spaces, part of the brands.
    "events.demo.load",
    # Promoter profiles; they lead some of the events above.
    "promoters.demo.load",
    # A roll of reading promoters naming the profiles just made.
    "honours.demo.promoter_roll",
    # Forms: the promoter directory's "apply" button and open campaigns' sign-up link point
    # at them, so they come after promoters and campaigns.
    "engagement.demo.load",
    # 留言咨询: sample messages and answers; last in the main menu, next to the forms in
    # the footer.
    "consultation.demo.load",
    # Statistics last: past events, survey answers, feedback and sign-ups for the charts,
    # then the 数据开放 page and last year's annual report, whose snapshot counts all above.
    "stats.demo.load",
    # 大家常搜: the editors' suggested search terms (they link to nothing, so last).
    "search.demo.load",
]

INSTALLED_APPS = [
    *PROJECT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a cached anonymous page is served without touching the session or
    # the database, and Vary: Cookie added by the session is dropped where the page cache
    # key already covers the one cookie that matters (core.pagecache).
    "core.pagecache_middleware.PageCacheMiddleware",
    # The request's site from cached rows (core.lookups), before anything asks Wagtail.
    "core.lookups.SiteLookupMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.twofactor.AdminSecurityMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # The admin's CSP, and same-origin framing for editors' previews only (after CSP).
    "editorial.middleware.AdminSecurityHeadersMiddleware",
    "core.middleware.HostileRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.display_preferences",
            ],
        },
    },
]

# Database: an SQLite file in var/ unless DATABASE_URL names another.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the single writer work side by side; a busy timeout instead of
    # "database is locked" errors when the scheduler and the web process write together.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, otherwise files in var/cache/django, which every process on
# the machine shares (gunicorn workers, publish_scheduled): a page purged by one process is
# purged for all. (Local memory would be per process: a stale page in the other worker.)
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "sxc"),
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache" / "django"),
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "sxc"),
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 5000)},
        }
    }

# The anonymous full-page cache (core.pagecache): on unless PAGE_CACHE=off.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
# Serve uploaded media from Django (make run without a web server in front); production
# lets nginx or object storage serve them.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# A CDN in front of the site, purged whenever the page cache is (core.frontend_cache):
# wagtail.contrib.frontend_cache backends from the environment; see docs/deployment.md.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx proxy_cache_purge, Squid: HTTP PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
        "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
    }
if env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }

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

# Languages: Simplified Chinese first and unprefixed; English under /en/.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

# Static files are collected and served by WhiteNoise; media from disk or S3.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    # S3-compatible object storage (AWS, Aliyun OSS, Tencent COS, MinIO …).
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

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

# Wagtail
WAGTAIL_SITE_NAME = "书香西城"
# The address in workflow e-mails and absolute URLs: `make run` sets it from HOST and PORT;
# in production set it to the public address (https://…).
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search with Chinese word segmentation (jieba), on SQLite and
# PostgreSQL alike: see docs/search.md (and how to move to Elasticsearch/OpenSearch).
# Pages are rendered once in the background after publishing, so that the image renditions
# their templates use exist before the first reader arrives (core.renditions).
RENDITION_WARMING = env_str("RENDITION_WARMING", "thread")

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "simple"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp", "gif": "png", "bmp": "png"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: the admin makes no requests to outside services (blocked in mainland China,
# and an e-mail hash is personal data). Editors upload an avatar in 账号 if they want one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Autosave (new in Wagtail 7.3) is off: a late autosave can overwrite a newer explicit
# save (wagtail/wagtail#13749, race between concurrent autosave requests; #13863 lists the
# open autosave problems), and it saves a draft that carries the go-live time typed into
# the schedule dialog before the editor confirmed it, and empty InlinePanel rows. Set a
# number of milliseconds (Wagtail's default is 500) to turn it back on once fixed upstream.
WAGTAIL_AUTOSAVE_INTERVAL = env_int("WAGTAIL_AUTOSAVE_INTERVAL", 0)
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_HITS_MAX_AGE = 14
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "noreply@localhost")
# SMTP, used when EMAIL_BACKEND is django.core.mail.backends.smtp.EmailBackend.
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "null": {"class": "logging.NullHandler"},
    },
    # logging.Filter(name) passes only records of that logger: this one passes none.
    "filters": {"drop": {"name": "sxc.nothing"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        # A foreign Host header is logged once, at warning level, by core.views.bad_request
        # (Django's own entry is an error with a traceback, for what is routine scanning).
        "django.security.DisallowedHost": {
            "handlers": ["null"],
            "filters": ["drop"],
            "propagate": False,
        },
    },
}

# Sharing: WeChat JS-SDK credentials; when unset nothing WeChat-specific loads.
WECHAT_APP_ID = env_str("WECHAT_APP_ID")
WECHAT_APP_SECRET = env_str("WECHAT_APP_SECRET")
if WECHAT_APP_ID and WECHAT_APP_SECRET:
    # Only then do pages load WeChat's JS-SDK (sharing.wechat.JS_SDK_URL).
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"].append("https://res.wx.qq.com")

SHOW_DEMO_NOTICE = env_bool("SHOW_DEMO_NOTICE", True)

# Public forms (engagement): accepted submissions per client address and form within the
# window. The client address (core.ratelimit.client_ip, also used by the login lockout)
# believes a forwarding header only from TRUSTED_PROXIES (addresses or networks of the
# reverse proxies, e.g. "127.0.0.1,10.0.0.0/8"); the header is FORM_CLIENT_IP_HEADER
# (default HTTP_X_FORWARDED_FOR), read right to left.
FORM_RATE_LIMIT = env_int("FORM_RATE_LIMIT", 5)
FORM_RATE_LIMIT_WINDOW = env_int("FORM_RATE_LIMIT_WINDOW", 600)
# Form submissions (personal data) are kept this long, then deleted by
# `manage.py purge_form_submissions` (daily, from cron; docs/deployment.md).
FORM_SUBMISSION_RETENTION_DAYS = env_int("FORM_SUBMISSION_RETENTION_DAYS", 365)
FORM_CLIENT_IP_HEADER = env_str("FORM_CLIENT_IP_HEADER", "HTTP_X_FORWARDED_FOR")
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# Event bookings: personal data (name, mobile, e-mail, answers) is wiped this many days after
# the event by `manage.py purge_bookings`; the anonymised rows keep the attendance figures.
BOOKING_RETENTION_DAYS = env_int("BOOKING_RETENTION_DAYS", 90)

# 留言咨询 (consultation): answer within this many working days (Chinese public holidays and
# make-up days counted); the dashboard warns when this many or fewer are left; contact
# details of answered messages are deleted this many days after the answer
# (manage.py purge_message_personal_data, run daily).
MESSAGE_ANSWER_DEADLINE_WORKDAYS = env_int("MESSAGE_ANSWER_DEADLINE_WORKDAYS", 5)
MESSAGE_DEADLINE_WARNING_WORKDAYS = env_int("MESSAGE_DEADLINE_WARNING_WORKDAYS", 2)
MESSAGE_PERSONAL_DATA_RETENTION_DAYS = env_int("MESSAGE_PERSONAL_DATA_RETENTION_DAYS", 180)

# Site health: the link checker (manage.py check_links) checks at most this many distinct
# URLs per run, this many at a time, waits this long per request and between two requests
# to the same host.
LINK_CHECK_MAX_URLS = env_int("LINK_CHECK_MAX_URLS", 500)
LINK_CHECK_CONCURRENCY = env_int("LINK_CHECK_CONCURRENCY", 4)
LINK_CHECK_TIMEOUT = env_int("LINK_CHECK_TIMEOUT", 10)
LINK_CHECK_HOST_DELAY = float(env_str("LINK_CHECK_HOST_DELAY", "1.0"))
