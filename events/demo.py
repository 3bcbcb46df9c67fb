"""Demo: the events calendar and 25 sample events relative to the day the demo is loaded."""

import datetime as dt

from events import choices
from events.calendar import weekend_range
from events.factories import EventIndexPageFactory, EventPageFactory

# (slug, title, days from today, start hour:minute, duration in hours, venue slug or None,
#  audiences, extra fields). Books and authors are real; the events are samples.
EVENTS = [
    (
        "picture-book-weekend",
        "周末亲子绘本共读：《猜猜我有多爱你》",
        "sat",
        "10:00",
        1.5,
        "shichahai-community-room-sample",
        ["family"],
        {"capacity": 20},
    ),
    (
        "hongloumeng-club",
        "红楼梦读书会 · 第一回",
        "sat",
        "14:00",
        2,
        "xicheng-library-sample",
        ["adults", "seniors"],
        {"capacity": 40},
    ),
    (
        "chengnan-jiushi-walk",
        "跟着《城南旧事》走胡同",
        "sun",
        "10:00",
        2.5,
        "dashilan-bookshop-sample",
        ["teens", "adults"],
        {"capacity": 25},
    ),
    (
        "luotuo-xiangzi-salon",
        "老舍《骆驼祥子》读书沙龙",
        "sun",
        "15:00",
        2,
        "xinjiekou-bookshop-sample",
        ["adults"],
        {},
    ),
    (
        "sunday-night-reading",
        "周日夜读：汪曾祺《人间草木》",
        "sun",
        "19:00",
        2,
        "yuetan-study-24h-sample",
        ["adults"],
        {},
    ),
    (
        "xiangtu-zhongguo-lecture",
        "讲座：重读费孝通《乡土中国》",
        3,
        "19:00",
        1.5,
        "xicheng-second-library-sample",
        ["adults"],
        {"online": True, "capacity": 120},
    ),
    (
        "elderly-smartphone-reading",
        "长者数字阅读课：手机上借电子书",
        4,
        "09:30",
        1.5,
        "yuetan-street-library-sample",
        ["seniors"],
        {"capacity": 15},
    ),
    (
        "erguna-new-book",
        "迟子建《额尔古纳河右岸》共读分享",
        6,
        "19:00",
        2,
        "chunshu-bookshop-sample",
        ["adults"],
        {},
    ),
    (
        "teen-writing-camp",
        "青少年写作营：从《呼兰河传》学写故乡",
        10,
        "14:00",
        3,
        "tianqiao-street-library-sample",
        ["teens"],
        {"capacity": 30},
    ),
    (
        "renshijian-club",
        "梁晓声《人世间》读书会",
        12,
        "14:30",
        2,
        "jinrongjie-reading-station-sample",
        ["adults", "seniors"],
        {},
    ),
    (
        "online-qian-mu",
        "线上讲座：钱穆《中国历代政治得失》导读",
        8,
        "20:00",
        1.5,
        None,
        ["adults"],
        {"online_only": True},
    ),
    (
        "book-fair",
        "书香西城主题书展",
        14,
        "00:00",
        0,
        "xicheng-library-sample",
        ["family", "teens", "adults", "seniors"],
        {"all_day_days": 3},
    ),
    (
        "cancelled-author-talk",
        "作家见面会：谈《京华烟云》与北京",
        5,
        "19:00",
        1.5,
        "shichahai-reading-station-sample",
        ["adults"],
        {"status": choices.CANCELLED, "status_note": "因主讲嘉宾行程调整，本场活动取消（示例）。"},
    ),
    (
        "postponed-kids-theatre",
        "绘本剧场：《小王子》亲子共读",
        9,
        "10:00",
        1.5,
        "niujie-community-room-sample",
        ["family"],
        {"status": choices.POSTPONED, "status_note": "因场地维修延期，新时间另行通知（示例）。"},
    ),
    (
        "rescheduled-beijing-memories",
        "萧乾《北京城杂忆》分享会",
        11,
        "19:00",
        1.5,
        "desheng-bookshop-sample",
        ["adults", "seniors"],
        {
            "status": choices.RESCHEDULED,
            "previous_days": 4,
            "status_note": "因场地安排调整，改期举行（示例）。",
        },
    ),
    # Past events.
    (
        "past-picture-books",
        "亲子绘本故事会",
        -3,
        "10:00",
        1,
        "taoranting-community-room-sample",
        ["family"],
        {},
    ),
    (
        "past-hongloumeng-intro",
        "红楼梦读书会 · 导读",
        -7,
        "14:00",
        2,
        "xicheng-library-sample",
        ["adults", "seniors"],
        {},
    ),
    (
        "past-luxun-lecture",
        "讲座：鲁迅在北京的读书生活",
        -10,
        "19:00",
        1.5,
        "xicheng-second-library-sample",
        ["adults"],
        {},
    ),
    (
        "past-teen-debate",
        "青少年读书辩论赛",
        -14,
        "14:00",
        3,
        "tianqiao-street-library-sample",
        ["teens"],
        {},
    ),
    (
        "past-seniors-reading",
        "银龄读书会：林海音《城南旧事》",
        -17,
        "09:30",
        2,
        "dashilan-community-room-sample",
        ["seniors"],
        {},
    ),
    (
        "past-night-reading",
        "深夜书房读书夜",
        -20,
        "20:00",
        3,
        "jinrongjie-study-24h-sample",
        ["adults"],
        {},
    ),
    (
        "past-poetry",
        "诗词朗诵会：《唐诗三百首》选读",
        -24,
        "15:00",
        2,
        "guanganmennei-reading-station-sample",
        ["family", "seniors"],
        {},
    ),
    (
        "past-online-digital",
        "线上分享：如何使用图书馆数字资源",
        -28,
        "20:00",
        1,
        None,
        ["adults", "seniors"],
        {"online_only": True},
    ),
    (
        "past-new-book",
        "新书分享：《北京中轴线》读本",
        -35,
        "14:00",
        2,
        "chunshu-bookshop-sample",
        ["adults"],
        {},
    ),
    (
        "past-family-day",
        "书香家庭亲子阅读日",
        -42,
        "09:00",
        4,
        "xinjiekou-street-library-sample",
        ["family"],
        {},
    ),
]

# Which sample brand (brands/demo.py) each event belongs to; the rest stand alone.
BRAND_OF = {
    "picture-book-weekend": "picture-book-weekends",
    "postponed-kids-theatre": "picture-book-weekends",
    "past-picture-books": "picture-book-weekends",
    "past-family-day": "picture-book-weekends",
    "hongloumeng-club": "hutong-voices",
    "chengnan-jiushi-walk": "hutong-voices",
    "luotuo-xiangzi-salon": "hutong-voices",
    "past-hongloumeng-intro": "hutong-voices",
    "past-poetry": "hutong-voices",
    "elderly-smartphone-reading": "silver-reading",
    "renshijian-club": "silver-reading",
    "rescheduled-beijing-memories": "silver-reading",
    "past-seniors-reading": "silver-reading",
    "erguna-new-book": "night-reading",
    "cancelled-author-talk": "night-reading",
    "past-night-reading": "night-reading",
    "past-new-book": "night-reading",
    "sunday-night-reading": "night-reading",
}

INTRO = "本活动为演示用的示例：书目和作者真实，时间、地点和安排均为虚构。"


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
    for slug, title, when, clock, hours, venue_slug, audiences, extra in EVENTS:
        start = event_start(ctx, when, clock)
        fields = {
            "title": title,
            "is_sample": True,
            "intro": INTRO,
            "audiences": audiences,
            "venue": venues.get(venue_slug) if venue_slug else None,
            "capacity": extra.get("capacity"),
            "registration_note": "免费参加，请提前电话报名（示例）。"
            if extra.get("capacity")
            else "免费参加，无需报名（示例）。",
            "brand": brands.get(BRAND_OF.get(slug, "")),
            "status": extra.get("status", choices.SCHEDULED),
            "status_note": extra.get("status_note", ""),
            "image": ctx.image(title, size=(1200, 800)),
            **demo_bookings.registration_fields(ctx, slug),
        }
        if extra.get("all_day_days"):
            fields["all_day"] = True
            fields["start"] = ctx.at(start.date(), 0, 0)
            last = start.date() + dt.timedelta(days=extra["all_day_days"] - 1)
            fields["end"] = ctx.at(last, 23, 59)
        else:
            fields["start"] = start
            fields["end"] = start + dt.timedelta(hours=hours)
        if extra.get("previous_days"):
            fields["previous_start"] = event_start(ctx, extra["previous_days"], clock)
        if extra.get("online") or extra.get("online_only"):
            fields["online_url"] = f"https://live.example.org/shuxiang-xicheng/{slug}"
        if extra.get("online_only"):
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


INTRO_EN = "A sample event for the demo: the books and authors are real; times and places are not."
TITLES_EN = {
    "hongloumeng-club": "Dream of the Red Chamber book club · Chapter 1",
    "book-fair": "Scholarly Xicheng book fair",
    "cancelled-author-talk": "Meet the writer: Moment in Peking and Beijing",
}
