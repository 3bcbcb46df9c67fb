"""Taking, cancelling and changing bookings without ever exceeding an occurrence's capacity.

Every change of seats runs in one transaction that first locks the occurrence row
(``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite ``transaction_mode = IMMEDIATE`` takes the
database write lock at BEGIN, so writers are serialised the same way), then recounts the
confirmed places from the bookings themselves and decides. Two people booking the last seat
at the same moment are handled one after the other: one confirmed, one waiting (or refused).

Public pages show seats left, so each change purges the page cache once committed; e-mails
go out after the commit too (a rolled-back booking sends nothing).
"""

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from core.pagecache import purge_site
from events.models import Booking, EventPage, Occurrence
from events.models.registration import CLOSED, NOT_OPEN

Status = Booking.Status


class BookingRefused(Exception):
    """The booking cannot be taken or changed; ``str(error)`` is a message for the resident."""


def _locked(occurrence_id):
    occurrence = Occurrence.objects.select_for_update().get(pk=occurrence_id)
    event = EventPage.objects.get(pk=occurrence.event_id)
    return occurrence, event


def _confirmed_places(occurrence):
    total = Booking.objects.filter(occurrence=occurrence, status=Status.CONFIRMED).aggregate(
        total=Sum("places")
    )["total"]
    return total or 0


def _fits(event, booked, places):
    return event.capacity is None or booked + places <= event.capacity


def _promote(occurrence, event, booked, now):
    """Confirm waiting bookings in order while they fit; returns (promoted, booked)."""
    promoted = []
    if occurrence.cancelled or occurrence.start <= now:
        return promoted, booked
    waiting = Booking.objects.filter(occurrence=occurrence, status=Status.WAITING).order_by(
        "created_at", "pk"
    )
    for booking in waiting:
        if event.capacity is not None and booked >= event.capacity:
            break
        if _fits(event, booked, booking.places):
            booking.status = Status.CONFIRMED
            booking.promoted_at = now
            booking.save(update_fields=["status", "promoted_at", "updated_at"])
            booked += booking.places
            promoted.append(booking)
    return promoted, booked


def _save_count(occurrence, booked):
    if occurrence.booked_places != booked:
        occurrence.booked_places = booked
        occurrence.save(update_fields=["booked_places"])
        transaction.on_commit(purge_site)


def _after_commit(kind, bookings):
    from events.notify import send_booking_mail

    for booking in bookings:
        transaction.on_commit(lambda b=booking: send_booking_mail(b, kind))


def book(
    occurrence_id,
    *,
    places,
    name,
    phone,
    email="",
    answers=None,
    language="zh-hans",
    is_sample=False,
    now=None,
    notify=True,
):
    """Take ``places`` at an occurrence: confirmed if they fit, else waiting (or refused)."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence, event = _locked(occurrence_id)
        state = event.booking_state(occurrence, now)
        if state == NOT_OPEN:
            raise BookingRefused(_("报名尚未开始，请在开始报名后再来。"))
        if state == CLOSED:
            raise BookingRefused(_("本场活动已截止报名或已取消，不能预约。"))
        if places < 1 or places > event.max_places:
            raise BookingRefused(_("每次最多预约 %(n)d 个名额。") % {"n": event.max_places})
        if event.capacity is not None and places > event.capacity:
            raise BookingRefused(_("本场共 %(n)d 个名额，请减少人数。") % {"n": event.capacity})
        booked = _confirmed_places(occurrence)
        if _fits(event, booked, places):
            status = Status.CONFIRMED
            booked += places
        elif event.waiting_list:
            status = Status.WAITING
        else:
            left = max((event.capacity or 0) - booked, 0)
            raise BookingRefused(
                _("名额不足：本场只剩 %(n)d 个名额，请减少人数。") % {"n": left}
                if left
                else _("名额已满，本场不设候补。")
            )
        booking = Booking.objects.create(
            occurrence=occurrence,
            status=status,
            places=places,
            name=name,
            phone=phone,
            email=email,
            answers=answers or [],
            language=language,
            is_sample=is_sample,
        )
        _save_count(occurrence, booked)
        if notify:
            _after_commit("received", [booking])
    return booking


def cancel(booking, now=None):
    """The resident (or an organiser) cancels; the waiting list moves up."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence, event = _locked(booking.occurrence_id)
        booking.refresh_from_db()
        if booking.status == Status.CANCELLED:
            return []
        booking.status = Status.CANCELLED
        booking.cancelled_at = now
        booking.save(update_fields=["status", "cancelled_at", "updated_at"])
        promoted, booked = _promote(occurrence, event, _confirmed_places(occurrence), now)
        _save_count(occurrence, booked)
        _after_commit("cancelled", [booking])
        _after_commit("promoted", promoted)
    return promoted


def change_places(booking, places, now=None):
    """More or fewer places on one booking; more only if they fit (a waiting booking waits)."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence, event = _locked(booking.occurrence_id)
        booking.refresh_from_db()
        if booking.status == Status.CANCELLED or occurrence.start <= now or occurrence.cancelled:
            raise BookingRefused(_("这个预约已不能修改。"))
        if places < 1 or places > event.max_places:
            raise BookingRefused(_("每次最多预约 %(n)d 个名额。") % {"n": event.max_places})
        booked = _confirmed_places(occurrence)
        if booking.status == Status.CONFIRMED:
            others = booked - booking.places
            if not _fits(event, others, places):
                left = max(event.capacity - others, 0)
                raise BookingRefused(_("名额不足：最多可改为 %(n)d 个名额。") % {"n": left})
            booked = others + places
        booking.places = places
        booking.save(update_fields=["places", "updated_at"])
        promoted, booked = _promote(occurrence, event, booked, now)
        _save_count(occurrence, booked)
        _after_commit("promoted", promoted)
    return promoted


def promote_waiting(event, now=None):
    """After the capacity was raised: move each future occurrence's waiting list up."""
    now = now or timezone.now()
    promoted = []
    for occurrence_id in Occurrence.objects.filter(
        event=event, start__gt=now, cancelled=False
    ).values_list("pk", flat=True):
        with transaction.atomic():
            occurrence, locked_event = _locked(occurrence_id)
            moved, booked = _promote(occurrence, locked_event, _confirmed_places(occurrence), now)
            _save_count(occurrence, booked)
            _after_commit("promoted", moved)
            promoted.extend(moved)
    return promoted


def check_in(booking, user, now=None):
    """Mark a confirmed booking attended (idempotent); returns False if it cannot be."""
    if booking.status != Status.CONFIRMED:
        return False
    if booking.attended_at is None:
        booking.attended_at = now or timezone.now()
        booking.checked_in_by = user
        booking.save(update_fields=["attended_at", "checked_in_by", "updated_at"])
    return True
