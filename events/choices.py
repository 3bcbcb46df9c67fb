from django.utils.translation import gettext_lazy as _

AUDIENCES = [
    ("family", _("亲子")),
    ("teens", _("青少年")),
    ("adults", _("成人")),
    ("seniors", _("老年")),
]

SCHEDULED, CANCELLED, POSTPONED, RESCHEDULED = "scheduled", "cancelled", "postponed", "rescheduled"
STATUSES = [
    (SCHEDULED, _("如期举行")),
    (CANCELLED, _("已取消")),
    (POSTPONED, _("已延期")),
    (RESCHEDULED, _("已改期")),
]

# schema.org EventStatusType and the iCalendar (RFC 5545) STATUS of each status.
SCHEMA_STATUS = {
    SCHEDULED: "https://schema.org/EventScheduled",
    CANCELLED: "https://schema.org/EventCancelled",
    POSTPONED: "https://schema.org/EventPostponed",
    RESCHEDULED: "https://schema.org/EventRescheduled",
}
ICAL_STATUS = {
    SCHEDULED: "CONFIRMED",
    CANCELLED: "CANCELLED",
    POSTPONED: "TENTATIVE",
    RESCHEDULED: "CONFIRMED",
}

OFFLINE, ONLINE, MIXED = "offline", "online", "mixed"
SCHEMA_ATTENDANCE = {
    OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
    ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    MIXED: "https://schema.org/MixedEventAttendanceMode",
}

# How a reader registers for an event.
REG_NONE, REG_EXTERNAL, REG_SITE = "none", "external", "site"
REGISTRATION_MODES = [
    (REG_NONE, _("无需报名")),
    (REG_EXTERNAL, _("外部链接或表单页报名")),
    (REG_SITE, _("在本站预约")),
]

# How a series repeats (an RRULE built from the first occurrence's date).
REPEAT_NONE, WEEKLY, MONTHLY_DATE, MONTHLY_WEEKDAY = "", "weekly", "monthly_date", "monthly_weekday"
REPEATS = [
    (REPEAT_NONE, _("不重复")),
    (WEEKLY, _("每周（同一星期几）")),
    (MONTHLY_DATE, _("每月（同一日期，如每月 15 日）")),
    (MONTHLY_WEEKDAY, _("每月（第几个星期几，如每月第一个周六）")),
]
