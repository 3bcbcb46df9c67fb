"""Settings shared by every environment. Everything that differs comes from the environment.

This module holds the apps, middleware, templates, database, languages, e-mail and logging;
the rest comes from one module per concern, imported here (later ones may read earlier
ones): paths, files (static and media), caches, security, cms (Wagtail), portal (the
site's own policies). Environments (dev, run, production, test) import this one.
"""

import dj_database_url

from .caches import *  # noqa: F403
from .cms import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_str
from .files import *  # noqa: F403
from .paths import BASE_DIR, VAR_DIR
from .portal import *  # noqa: F403
from .security import *  # noqa: F403

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
