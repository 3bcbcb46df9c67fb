"""Admin: the 活动报名 menu (organisers and administrators only), check-in, log labels."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from events import roles
from events.views import checkin, organiser


@hooks.register("register_admin_urls")
def booking_admin_urls():
    return [
        path("events/bookings/", organiser.bookings_index, name="events_bookings_index"),
        path("events/bookings/<int:event_id>/", organiser.event_bookings, name="events_bookings"),
        path(
            "events/bookings/<int:event_id>/export.<str:fmt>",
            organiser.export_bookings,
            name="events_bookings_export",
        ),
        path(
            "events/occurrences/<int:occurrence_id>/cancel/",
            organiser.cancel_one_date,
            name="events_occurrence_cancel",
        ),
        path("events/checkin/<int:occurrence_id>/", checkin.checkin, name="events_checkin"),
    ]


class OrganiserMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.can_see_bookings(request.user)


@hooks.register("register_admin_menu_item")
def bookings_menu_item():
    return OrganiserMenuItem(
        "活动报名", reverse("events_bookings_index"), icon_name="date", order=250
    )


@hooks.register("register_log_actions")
def booking_log_actions(actions):
    actions.register_action("sxc.booking_export", "导出活动预约名单", "导出了活动预约名单")
    actions.register_action("sxc.booking_purge", "删除过期预约个人信息", "删除了过期预约的个人信息")
    actions.register_action("sxc.occurrence_cancel", "取消活动场次", "取消了一个活动场次")
