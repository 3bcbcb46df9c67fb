"""Demo: the events calendar and 25 sample events relative to the day the demo is loaded."""

import datetime as dt

from events import choices
from events.calendar import weekend_range
from events.demo_data import BRAND_OF, EVENTS, INTRO, INTRO_EN, TITLES_EN
from events.factories import EventIndexPageFactory, EventPageFactory


def event_start(ctx, when, clock):
    if when in ("sat", "sun"):
        saturday = weekend_range(ctx.today)[0].date()
        day = saturday if when == "sat" else saturday + dt.timedelta(days=1)
    else:
        day = ctx.days_from_today(when)
    hour, minute = (int(part) for part in clock.split(":"))
    return ctx.at(day, hour, minute)


def load(ctx):
    calendar = ctx.page(
        ctx.home,
        EventIndexPageFactory,
        "events",
        title="阅读活动",
        intro="讲座、读书会、沙龙和新书分享：看看这个周末有什么活动，把感兴趣的加入日历。",
        search_description="西城区阅读活动日历（示例）：讲座、读书会、亲子阅读、读书沙龙。",
    )
    ctx.translate(
        calendar,
        title="Reading events",
        slug="events",
        intro="Lectures, book clubs, salons and book launches: see what is on this weekend "
        "and add events to your calendar.",
        search_description="Reading events in Xicheng (samples).",
    )
    ReadingSpacePage = ctx.model("spaces.ReadingSpacePage")
    ReadingBrandPage = ctx.model("brands.ReadingBrandPage")
    venues = {page.slug: page for page in ReadingSpacePage.objects.filter(locale=ctx.zh)}
    # The brands demo runs first; with other brands, events simply have none.
    brands = {page.slug: page for page in ReadingBrandPage.objects.live().filter(locale=ctx.zh)}

    from events import demo_bookings

    pages = {}
    for row in EVENTS:
        slug, title, clock = row["slug"], row["title"], row["clock"]
        start = event_start(ctx, row["when"], clock)
        fields = {
            "title": title,
            "is_sample": True,
            "intro": INTRO,
            "audiences": row["audiences"],
            "venue": venues.get(row["venue"]) if row["venue"] else None,
            "capacity": row.get("capacity"),
            "registration_note": "免费参加，请提前电话报名（示例）。"
            if row.get("capacity")
            else "免费参加，无需报名（示例）。",
            "brand": brands.get(BRAND_OF.get(slug, "")),
            "status": row.get("status", choices.SCHEDULED),
            "status_note": row.get("status_note", ""),
            "image": ctx.image(title, size=(1200, 800)),
            **demo_bookings.registration_fields(ctx, slug),
        }
        if row.get("all_day_days"):
            fields["all_day"] = True
            fields["start"] = ctx.at(start.date(), 0, 0)
            last = start.date() + dt.timedelta(days=row["all_day_days"] - 1)
            fields["end"] = ctx.at(last, 23, 59)
        else:
            fields["start"] = start
            fields["end"] = start + dt.timedelta(hours=row["hours"])
        if row.get("previous_days"):
            fields["previous_start"] = event_start(ctx, row["previous_days"], clock)
        if row.get("online") or row.get("online_only"):
            fields["online_url"] = f"https://live.example.org/shuxiang-xicheng/{slug}"
        if row.get("online_only"):
            fields["venue"] = None
            fields["place_name"] = ""
        event = ctx.page(calendar, EventPageFactory, slug, **fields)
        pages[slug] = event
        if slug in ("hongloumeng-club", "book-fair", "cancelled-author-talk"):
            ctx.translate(event, title=TITLES_EN[slug], intro=INTRO_EN)
    for event in demo_bookings.series(ctx, calendar, EventPageFactory, venues, brands):
        pages[event.slug] = event
    demo_bookings.load(ctx, pages)
    ctx.add_menu_item(calendar, "阅读活动")
