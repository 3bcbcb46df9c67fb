"""Demo: events that take bookings on this site, a weekly story time, a monthly book club
over the past year, and sample bookings by fictional people (``is_sample=True``).

Upcoming bookings go through ``events.booking.book`` (so counts and the waiting list are
real); past ones are written with their attendance so the statistics have a year of data.
Re-running adds nothing to an occurrence that already has bookings.
"""

import datetime as dt
import random

from events import booking as service
from events import choices
from events.models import Booking
from events.occurrences import sync_occurrences

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗"
GIVEN = [
    "小燕",
    "建国",
    "秀英",
    "志强",
    "晓明",
    "丽华",
    "海涛",
    "静",
    "子涵",
    "雨桐",
    "浩然",
    "桂兰",
    "文博",
    "欣怡",
    "振华",
    "思远",
    "玉梅",
    "一诺",
    "国庆",
    "春燕",
]

# Registration of existing demo events: slug → fields (capacity comes from EVENTS).
REGISTRATION = {
    # Nearly full: 17 of 20 places taken.
    "picture-book-weekend": {
        "max_places": 3,
        "questions": [
            ("text", {"label": "孩子的年龄", "help_text": "如：5 岁", "required": True}),
        ],
    },
    # Full, with a waiting list.
    "elderly-smartphone-reading": {
        "max_places": 1,
        "questions": [
            (
                "choice",
                {
                    "label": "是否需要借用平板电脑",
                    "choices": ["需要", "不需要"],
                    "required": True,
                    "help_text": "",
                },
            ),
        ],
    },
    "xiangtu-zhongguo-lecture": {"max_places": 2},
    "hongloumeng-club": {"max_places": 2},
    # Registration opens in two days.
    "teen-writing-camp": {"max_places": 1, "opens_in_days": 2},
    # Past events with attendance.
    "past-picture-books": {"max_places": 3},
    "past-hongloumeng-intro": {"max_places": 2},
    "past-luxun-lecture": {"max_places": 2},
    "past-seniors-reading": {"max_places": 1},
}
# How many places to book on the next occurrence: (confirmed places wanted, waiting people).
SAMPLE_LOAD = {
    "picture-book-weekend": (17, 0),
    "elderly-smartphone-reading": (15, 3),
    "xiangtu-zhongguo-lecture": (34, 0),
    "hongloumeng-club": (12, 0),
    "story-time-weekly": (9, 0),
}


def person(rng):
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    phone = f"1{rng.choice('3589')}{rng.randint(0, 9)}0000{rng.randint(1000, 9999)}"
    return name, phone


def registration_fields(ctx, slug):
    spec = REGISTRATION.get(slug)
    if spec is None:
        return {}
    fields = {
        "registration_mode": choices.REG_SITE,
        "max_places": spec["max_places"],
        "waiting_list": True,
        "registration_note": "免费参加，请在本站预约（示例）。",
    }
    if spec.get("questions"):
        fields["questions"] = [{"type": kind, "value": value} for kind, value in spec["questions"]]
    if spec.get("opens_in_days"):
        fields["registration_opens"] = ctx.at(ctx.days_from_today(spec["opens_in_days"]), 9, 0)
    return fields


def series(ctx, calendar, factory, venues, brands):
    """A weekly story time (one date skipped) and a monthly book club over the past year."""
    saturday = ctx.today + dt.timedelta(days=(5 - ctx.today.weekday()) % 7 or 7)
    story = ctx.page(
        calendar,
        factory,
        "story-time-weekly",
        title="周六亲子故事时间（每周，示例）",
        intro="每周六上午，志愿者给 3–8 岁的孩子读绘本，家长陪同。本活动为示例。",
        audiences=["family"],
        venue=venues.get("shichahai-community-room-sample"),
        brand=brands.get("picture-book-weekends"),
        start=ctx.at(saturday, 10, 0),
        end=ctx.at(saturday, 11, 0),
        repeat=choices.WEEKLY,
        repeat_until=saturday + dt.timedelta(weeks=11),
        repeat_exceptions=[
            {"type": "date", "value": (saturday + dt.timedelta(weeks=3)).isoformat()}
        ],
        registration_mode=choices.REG_SITE,
        capacity=12,
        max_places=3,
        registration_note="免费参加，请在本站预约（示例）。每场名额单独计算。",
        image=ctx.image("周六亲子故事时间", "书香西城 · 阅读活动", size=(1200, 800)),
    )
    first = ctx.today.replace(day=1)
    year_ago = (first - dt.timedelta(days=330)).replace(day=1)
    club_start = year_ago + dt.timedelta(days=(5 - year_ago.weekday()) % 7)  # 1st Saturday
    club = ctx.page(
        calendar,
        factory,
        "monthly-book-club-past-year",
        title="月度读书会（每月第一个周六，示例）",
        intro="过去一年每月一次的读书会，书目真实，场次与人数为示例。",
        audiences=["adults", "seniors"],
        venue=venues.get("xicheng-library-sample"),
        brand=brands.get("hutong-voices"),
        start=ctx.at(club_start, 14, 0),
        end=ctx.at(club_start, 16, 0),
        repeat=choices.MONTHLY_WEEKDAY,
        repeat_until=first - dt.timedelta(days=1),
        registration_mode=choices.REG_SITE,
        capacity=40,
        max_places=2,
        registration_note="免费参加，请在本站预约（示例）。",
        image=ctx.image("月度读书会", "书香西城 · 阅读活动", size=(1200, 800)),
    )
    return [story, club]


def load(ctx, events):
    """``events``: the demo's event pages by slug (the calendar's children)."""
    rng = random.Random(2026)
    for slug, event in events.items():
        if not event.books_on_site:
            continue
        occurrences = sync_occurrences(event)
        if any(o.bookings.exists() for o in occurrences):
            continue
        for occurrence in occurrences:
            if occurrence.is_past():
                past_bookings(rng, occurrence, event)
        upcoming = [o for o in occurrences if not o.is_past()][:2]
        wanted, waiting = SAMPLE_LOAD.get(slug, (0, 0))
        for index, occurrence in enumerate(upcoming):
            book_sample(rng, occurrence, event, wanted if index == 0 else wanted // 2, waiting)


def book_sample(rng, occurrence, event, wanted, waiting):
    """``wanted`` places confirmed (1…max per booking), then ``waiting`` one-place bookings."""
    sizes = []
    while sum(sizes) < wanted:
        sizes.append(min(rng.randint(1, event.max_places), wanted - sum(sizes)))
    for places in sizes + [1] * waiting:
        name, phone = person(rng)
        service.book(
            occurrence.pk,
            places=places,
            name=name,
            phone=phone,
            answers=sample_answers(rng, event),
            is_sample=True,
            notify=False,
            now=occurrence.start - dt.timedelta(days=3),
        )


def sample_answers(rng, event):
    answers = []
    for block in event.questions:
        value = block.value
        answer = (
            rng.choice(value["choices"])
            if block.block_type == "choice"
            else f"{rng.randint(3, 8)} 岁"
        )
        answers.append({"question": value["label"], "answer": answer})
    return answers


def past_bookings(rng, occurrence, event):
    """A past date: 60–95 % of the seats booked, most people came (attendance recorded)."""
    capacity = event.capacity or 30
    wanted = int(capacity * rng.uniform(0.6, 0.95))
    rows, taken = [], 0
    while taken < wanted:
        places = min(rng.randint(1, event.max_places), wanted - taken)
        name, phone = person(rng)
        came = rng.random() < 0.85
        rows.append(
            Booking(
                occurrence=occurrence,
                places=places,
                name=name,
                phone=phone,
                is_sample=True,
                status=Booking.Status.CONFIRMED,
                attended_at=occurrence.start + dt.timedelta(minutes=rng.randint(-15, 10))
                if came
                else None,
            )
        )
        taken += places
    Booking.objects.bulk_create(rows)
    occurrence.booked_places = taken
    occurrence.save(update_fields=["booked_places"])
