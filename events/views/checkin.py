"""Check-in at the door, on a phone: type the booking code (or scan the ticket's QR code,
which opens this page with the code filled in), see the masked name and places, mark attended."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from events import roles
from events.booking import check_in
from events.models import Booking, Occurrence
from events.models.booking import CODE_ALPHABET
from events.views.organiser import occurrence_figures, require


def clean_code(raw):
    code = "".join((raw or "").split()).upper()[:12]
    return code if code and all(c in CODE_ALPHABET for c in code) else None


@require(roles.can_check_in)
def checkin(request, occurrence_id):
    occurrence = get_object_or_404(
        occurrence_figures(Occurrence.objects.select_related("event")), pk=occurrence_id
    )
    raw = request.POST.get("code") if request.method == "POST" else request.GET.get("code")
    code = clean_code(raw)
    booking = None
    error = ""
    if raw:
        booking = Booking.objects.filter(code=code, occurrence=occurrence).first() if code else None
        if booking is None:
            elsewhere = Booking.objects.filter(code=code).select_related("occurrence").first()
            error = (
                "这个预约码属于其他场次，请核对活动和日期。"
                if code and elsewhere
                else "没有找到这个预约码，请核对后重新输入（不含 0、1、I、O）。"
            )
    if request.method == "POST" and booking is not None and request.POST.get("confirm"):
        if check_in(booking, request.user):
            messages.success(request, f"{booking.code} 已签到（{booking.places} 人）。")
            return redirect(request.path)
        error = "该预约不是“预约成功”状态，不能签到。"
    status = 404 if raw and booking is None else 200
    return TemplateResponse(
        request,
        "events/admin/checkin.html",
        {
            "page_title": "签到",
            "header_icon": "tick",
            "occurrence": occurrence,
            "event": occurrence.event,
            "booking": booking,
            "code": raw or "",
            "error": error,
        },
        status=status,
    )
