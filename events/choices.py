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
