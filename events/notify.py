"""E-mails to people who booked: received, promoted from the waiting list, cancelled, the
day-before reminder, and changes to the event (cancelled, postponed, rescheduled, one date
cancelled). Django's e-mail (console backend by default); the confirmation, promotion and
reminder carry the occurrence as an .ics attachment. Sent in the language of the booking.

Bookings without an e-mail address get nothing here (their confirmation is the page they
saw after booking); personal data never goes into logs.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from events import choices

WITH_CALENDAR = {"received", "promoted", "reminder", "event_changed"}


def page_for(booking):
    """The event page in the booking's language (its translation when live), specific."""
    event = booking.occurrence.event
    if booking.language and booking.language != event.locale.language_code:
        locale = Locale.objects.filter(language_code=booking.language).first()
        translated = event.get_translation_or_none(locale) if locale else None
        if translated is not None and translated.live:
            return translated.specific
    return event


def manage_url(booking, page=None):
    page = page or page_for(booking)
    return f"{page.get_full_url()}manage/{booking.token}/"


def subject_for(kind, booking, page):
    subjects = {
        "received": _("预约成功：%(title)s")
        if booking.status == booking.Status.CONFIRMED
        else _("已加入候补：%(title)s"),
        "promoted": _("候补成功，已为您保留名额：%(title)s"),
        "cancelled": _("预约已取消：%(title)s"),
        "reminder": _("明天见：%(title)s"),
        "event_changed": _("活动变动通知：%(title)s"),
        "occurrence_cancelled": _("本场活动取消：%(title)s"),
    }
    return subjects[kind] % {"title": page.title}


def send_booking_mail(booking, kind):
    if not booking.email or booking.anonymised_at:
        return False
    booking = type(booking).objects.select_related("occurrence__event").get(pk=booking.pk)
    with translation.override(booking.language or settings.LANGUAGE_CODE):
        page = page_for(booking)
        context = {
            "kind": kind,
            "booking": booking,
            "occurrence": booking.occurrence,
            "page": page,
            "manage_url": manage_url(booking, page),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "is_confirmed": booking.status == booking.Status.CONFIRMED,
            "waiting_position": booking.waiting_position(),
        }
        message = EmailMessage(
            subject=subject_for(kind, booking, page),
            body=render_to_string("events/email/booking.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[booking.email],
        )
        attach = kind in WITH_CALENDAR and booking.status == booking.Status.CONFIRMED
        if attach and page.status != choices.CANCELLED:
            from events.ical import occurrence_calendar

            message.attach(
                f"booking-{booking.code}.ics",
                occurrence_calendar(page, booking.occurrence),
                "text/calendar",
            )
    message.send(fail_silently=False)
    return True


def notify_event_change(event):
    """After publishing a cancelled, postponed or rescheduled event: tell everyone booked on
    its future occurrences, once per status (``Booking.notified_status``)."""
    from django.utils import timezone

    from events.models import Booking

    if event.status == choices.SCHEDULED:
        return 0
    bookings = (
        Booking.objects.filter(occurrence__event=event, occurrence__end__gte=timezone.now())
        .exclude(status=Booking.Status.CANCELLED)
        .exclude(notified_status=event.status)
        .select_related("occurrence__event")
    )
    sent = 0
    for booking in bookings:
        send_booking_mail(booking, "event_changed")
        booking.notified_status = event.status
        booking.save(update_fields=["notified_status"])
        sent += 1
    return sent
