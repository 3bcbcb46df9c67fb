"""Admin pages for the 活动组织 group: events taking bookings, each event's list (masked),
CSV/XLSX export (audited), and cancelling one date of a series. Everyone else gets 403."""

from django.contrib import messages
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from core.audit import audit
from core.exports import csv_response, xlsx_response
from core.listing import paginate
from events import roles
from events.models import Booking, EventPage, Occurrence
from events.occurrences import cancel_occurrence

PER_PAGE = 50
Status = Booking.Status


def require(check):
    """Wagtail's admin turns PermissionDenied into a redirect to the dashboard; personal data
    gets an unambiguous 403 page saying who may see it."""

    def decorator(view):
        def wrapped(request, *args, **kwargs):
            if not check(request.user):
                return TemplateResponse(request, "events/admin/forbidden.html", status=403)
            return view(request, *args, **kwargs)

        wrapped.__name__ = view.__name__
        return wrapped

    return decorator


def occurrence_figures(queryset):
    """Occurrences annotated with confirmed places, waiting and attended counts (one query)."""
    return queryset.annotate(
        confirmed=Sum("bookings__places", filter=Q(bookings__status=Status.CONFIRMED)),
        waiting=Count("bookings", filter=Q(bookings__status=Status.WAITING)),
        attended=Sum(
            "bookings__places",
            filter=Q(bookings__status=Status.CONFIRMED, bookings__attended_at__isnull=False),
        ),
    )


@require(roles.can_see_bookings)
def bookings_index(request):
    events = (
        EventPage.objects.filter(
            Q(registration_mode="site")
            | Q(pk__in=Occurrence.objects.filter(bookings__isnull=False).values("event_id"))
        )
        .filter(locale=Locale.get_default())
        .annotate(
            confirmed=Sum(
                "occurrences__bookings__places",
                filter=Q(occurrences__bookings__status=Status.CONFIRMED),
            ),
            waiting=Count(
                "occurrences__bookings", filter=Q(occurrences__bookings__status=Status.WAITING)
            ),
            attended=Sum(
                "occurrences__bookings__places",
                filter=Q(
                    occurrences__bookings__status=Status.CONFIRMED,
                    occurrences__bookings__attended_at__isnull=False,
                ),
            ),
        )
    )
    when = request.GET.get("when", "upcoming")
    if when == "past":
        events = events.filter(end__lt=timezone.now()).order_by("-start")
    else:
        when = "upcoming"
        future = Occurrence.objects.filter(end__gte=timezone.now()).values("event_id")
        events = events.filter(Q(end__gte=timezone.now()) | Q(pk__in=future)).order_by("start")
    return TemplateResponse(
        request,
        "events/admin/bookings_index.html",
        {
            "page_title": "活动报名",
            "header_icon": "date",
            "events": paginate(request, events, per_page=PER_PAGE),
            "when": when,
        },
    )


def _event_and_occurrence(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    occurrences = list(occurrence_figures(Occurrence.objects.filter(event=event)).order_by("start"))
    chosen = None
    raw = request.GET.get("occurrence", "")
    if raw.isdigit():
        chosen = next((o for o in occurrences if o.pk == int(raw)), None)
    if chosen is None and raw != "all":
        upcoming = [o for o in occurrences if not o.is_past()]
        chosen = upcoming[0] if upcoming else (occurrences[-1] if occurrences else None)
    return event, occurrences, chosen


def _bookings(event, occurrence):
    queryset = Booking.objects.filter(occurrence__event=event).select_related("occurrence")
    if occurrence is not None:
        queryset = queryset.filter(occurrence=occurrence)
    return queryset.order_by("occurrence__start", "created_at", "pk")


@require(roles.can_see_bookings)
def event_bookings(request, event_id):
    event, occurrences, chosen = _event_and_occurrence(request, event_id)
    bookings = _bookings(event, chosen)
    status = request.GET.get("status", "")
    if status in Status.values:
        bookings = bookings.filter(status=status)
    return TemplateResponse(
        request,
        "events/admin/event_bookings.html",
        {
            "page_title": f"活动报名：{event.title}",
            "header_icon": "date",
            "event": event,
            "occurrences": occurrences,
            "chosen": chosen,
            "status": status,
            "statuses": Status.choices,
            "bookings": paginate(request, bookings, per_page=PER_PAGE),
            "can_export": roles.can_export_bookings(request.user),
            "can_check_in": roles.can_check_in(request.user),
        },
    )


EXPORT_HEADER = [
    "预约码",
    "场次",
    "状态",
    "姓名",
    "手机号",
    "电子邮箱",
    "人数",
    "预约时间",
    "签到时间",
    "附加问题回答",
]


@require(roles.can_export_bookings)
def export_bookings(request, event_id, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    event, _occurrences, chosen = _event_and_occurrence(request, event_id)
    bookings = list(_bookings(event, chosen))
    rows = [
        [
            b.code,
            b.occurrence.start,
            b.get_status_display(),
            b.name,
            b.phone,
            b.email,
            b.places,
            b.created_at,
            b.attended_at,
            "；".join(f"{a['question']}：{a['answer']}" for a in b.answers if a.get("answer")),
        ]
        for b in bookings
    ]
    audit(
        event,
        "sxc.booking_export",
        user=request.user,
        data={"format": fmt, "rows": len(rows), "occurrence": chosen.pk if chosen else "all"},
    )
    filename = f"活动预约-{event.slug}-{timezone.localdate():%Y%m%d}.{fmt}"
    if fmt == "xlsx":
        return xlsx_response(filename, EXPORT_HEADER, rows, sheet_title="活动预约")
    return csv_response(filename, EXPORT_HEADER, rows)


@require(roles.can_check_in)
@require_POST
def cancel_one_date(request, occurrence_id):
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    note = request.POST.get("note", "").strip()
    told = cancel_occurrence(occurrence, note=note)
    audit(
        occurrence.event,
        "sxc.occurrence_cancel",
        user=request.user,
        data={"occurrence": occurrence.pk, "bookings_told": told},
    )
    messages.success(request, f"已取消该场次，已通知 {told} 位预约者（填写了邮箱的）。")
    return redirect(f"/admin/events/bookings/{occurrence.event_id}/?occurrence={occurrence.pk}")
