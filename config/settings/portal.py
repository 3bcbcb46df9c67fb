"""The portal's own policies: sharing, demo notice, form limits, data retention, link checks."""

from .env import env_bool, env_int, env_list, env_str
from .security import CONTENT_SECURITY_POLICY

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
