"""Wagtail: site name, admin address, search backend, images and documents, API."""

from .env import env_int, env_str

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
