"""Who may see bookings: the 活动组织 group (made by migration 0004) and administrators."""

ORGANISERS = "活动组织"


def can_see_bookings(user):
    return bool(user.is_authenticated and user.is_active) and (
        user.is_superuser or user.has_perm("events.view_booking")
    )


def can_export_bookings(user):
    return can_see_bookings(user) and (user.is_superuser or user.has_perm("events.export_booking"))


def can_check_in(user):
    return can_see_bookings(user) and (user.is_superuser or user.has_perm("events.change_booking"))
