"""The booking form (``<event>/book/``) and the private manage page (``<event>/manage/<token>/``).

Both carry a CSRF token and personal data, so they are never cached; the event page itself
only links here and stays cacheable. The manage link is signed (no account needed).
"""

from urllib.parse import urlencode

import segno
from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import ratelimit
from events import booking as service
from events.forms import HONEYPOT_FIELD, BookingForm, PlacesForm
from events.models import Booking

RATE_KEY = "booking-{}"


def _private(response):
    patch_vary_headers(response, ["Cookie"])
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    # Not "no-referrer": the browser would then send "Origin: null" and CSRF checks fail.
    response["Referrer-Policy"] = "same-origin"
    return response


def _render(request, template, context, status=200):
    return _private(TemplateResponse(request, template, context, status=status))


def _open_occurrences(event):
    from events.models.registration import OPEN, WAITING

    return [
        occurrence
        for occurrence in event.bookable_occurrences
        if event.booking_state(occurrence) in (OPEN, WAITING)
    ]


def booking_form(event, request):
    if not event.books_on_site:
        raise Http404
    occurrences = _open_occurrences(event)
    context = {
        "event": event,
        "occurrences": [(o, event.booking_state(o)) for o in occurrences],
        "privacy": event.privacy_page(),
        "rate_limited": False,
    }
    initial = {"places": 1}
    if len(occurrences) == 1:
        initial["occurrence"] = occurrences[0].pk
    elif request.GET.get("occurrence", "").isdigit():
        initial["occurrence"] = int(request.GET["occurrence"])
    if request.method == "POST":
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            ratelimit.record(RATE_KEY.format(event.seat_page.pk), request)
            return _private(HttpResponseRedirect(event.url))
        data = request.POST.copy()
        if len(occurrences) == 1:
            data["occurrence"] = str(occurrences[0].pk)
        form = BookingForm(data, event=event, occurrences=occurrences)
        if ratelimit.is_limited(RATE_KEY.format(event.seat_page.pk), request):
            limit, window = ratelimit.limits()
            context.update(rate_limited=True, rate_limit=limit, minutes=max(1, window // 60))
            return _render(request, "events/booking_form.html", {**context, "form": form}, 429)
        if form.is_valid():
            data = form.cleaned_data
            try:
                booking = service.book(
                    data["occurrence"],
                    places=data["places"],
                    name=data["name"],
                    phone=data["phone"],
                    email=data["email"],
                    answers=form.answers(),
                    language=get_language() or settings.LANGUAGE_CODE,
                )
            except service.BookingRefused as refusal:
                form.add_error(None, str(refusal))
                return _render(request, "events/booking_form.html", {**context, "form": form}, 409)
            ratelimit.record(RATE_KEY.format(event.seat_page.pk), request)
            url = f"{event.url}manage/{booking.token}/?" + urlencode({"new": 1})
            return _private(HttpResponseRedirect(url, status=303))
        return _render(request, "events/booking_form.html", {**context, "form": form}, 400)
    form = BookingForm(initial=initial, event=event, occurrences=occurrences)
    return _render(request, "events/booking_form.html", {**context, "form": form})


def checkin_url(booking):
    path = reverse("events_checkin", args=[booking.occurrence_id])
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}?" + urlencode({"code": booking.code})


def ticket_qr(booking):
    """The ticket's QR code as an inline SVG data URI: the staff check-in link with the code.

    A staff phone's camera opens the check-in page with the code filled in; a reader
    without the admin login sees nothing but the login page."""
    return segno.make(checkin_url(booking), error="m").svg_data_uri(scale=5, border=2)


def manage_booking(event, request, token):
    code = Booking.code_from_token(token)
    booking = (
        Booking.objects.select_related("occurrence").filter(code=code).first() if code else None
    )
    if booking is None or booking.occurrence.event_id != event.seat_page.pk:
        raise Http404(_("预约链接无效或已失效。"))
    places_form = PlacesForm(initial={"places": booking.places}, max_places=event.max_places)
    status = 200
    message = ""
    if request.method == "POST" and not booking.anonymised_at:
        action = request.POST.get("action")
        try:
            if action == "cancel":
                service.cancel(booking)
                return _private(HttpResponseRedirect(f"{request.path}?done=cancelled", status=303))
            if action == "places":
                places_form = PlacesForm(request.POST, max_places=event.max_places)
                if places_form.is_valid():
                    service.change_places(booking, places_form.cleaned_data["places"])
                    return _private(HttpResponseRedirect(f"{request.path}?done=places", status=303))
                status = 400
            else:
                message, status = _("无法识别的操作，请重试。"), 400
        except service.BookingRefused as refusal:
            message, status = str(refusal), 409
        booking.refresh_from_db()
    occurrence = booking.occurrence
    context = {
        "event": event,
        "booking": booking,
        "occurrence": occurrence,
        "places_form": places_form,
        "message": message,
        "done": request.GET.get("done", ""),
        "is_new": request.GET.get("new") == "1",
        "changeable": booking.is_active
        and not booking.anonymised_at
        and not occurrence.cancelled
        and not occurrence.is_past(),
        "waiting_position": booking.waiting_position(),
        "qr": ticket_qr(booking)
        if booking.status == Booking.Status.CONFIRMED and not booking.anonymised_at
        else "",
    }
    return _render(request, "events/booking_manage.html", context, status)
