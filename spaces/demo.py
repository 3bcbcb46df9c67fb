"""Demo: the reading-space finder and 32 sample spaces across all 15 sub-districts."""

import datetime as dt

from spaces import demo_data as data
from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory

TYPE_COLOURS = {
    "public_library": "#6b4a2b",
    "street_library": "#2f5d50",
    "community_room": "#7a5c1e",
    "reading_station": "#8c2a1c",
    "bookshop": "#3d4a6b",
    "study_24h": "#243447",
    "lending_machine": "#4f5b3a",
}

# Fixed public holidays on which libraries and community rooms close every year.
HOLIDAYS = [
    {"date": dt.date(2026, 1, 1), "closed": True, "every_year": True, "note": "元旦闭馆"},
    {"date": dt.date(2026, 5, 1), "closed": True, "every_year": True, "note": "劳动节闭馆"},
    {"date": dt.date(2026, 10, 1), "closed": True, "every_year": True, "note": "国庆节闭馆"},
]

ENGLISH = {
    "xicheng-library-sample": (
        "Xicheng District Library No. 1",
        "Near Xi Chang'an Jie, Xicheng District (sample address)",
    ),
    "shichahai-reading-station-sample": (
        "Shichahai Reading Station",
        "Near Qianhai, Shichahai, Xicheng District (sample address)",
    ),
    "jinrongjie-study-24h-sample": (
        "Financial Street 24-hour Study Room",
        "Near Wudinghou Jie, Xicheng District (sample address)",
    ),
    "dashilan-bookshop-sample": (
        "Dashilan Hutong Bookshop",
        "Near Yangmeizhu Xiejie, Xicheng District (sample address)",
    ),
}


def exceptions_for(ctx, extra):
    rows = list(HOLIDAYS) if extra.get("holidays") else []
    if extra.get("closed_in_days"):
        rows.append(
            {
                "date": ctx.days_from_today(extra["closed_in_days"]),
                "closed": True,
                "note": "设备检修，闭馆一天（示例）",
            }
        )
    if extra.get("special_tomorrow"):
        rows.append(
            {
                "date": ctx.days_from_today(1),
                "opens": "09:00",
                "closes": "12:00",
                "note": "下午馆内布展，提前闭馆（示例）",
            }
        )
    return rows


def load(ctx):
    finder = ctx.page(
        ctx.home,
        ReadingSpaceIndexPageFactory,
        "spaces",
        title="阅读空间",
        intro="找一处离家近的阅读空间：按街道、类型、服务和无障碍设施筛选，看看哪里现在开放。",
        search_description="西城区公共图书馆、街道图书馆、社区书屋、书香驿站、特色书店、24 小时书房和自助借还机（示例）。",
    )
    finder_en = ctx.translate(
        finder,
        title="Reading spaces",
        slug="spaces",
        intro="Find a reading space near you: filter by sub-district, type, service and "
        "accessibility, and see which ones are open now.",
        search_description="Libraries, community reading rooms, reading stations, bookshops and "
        "24-hour study rooms in Xicheng (samples).",
    )
    home = ctx.home
    if home.hero_link_id is None:
        # The home page's main call to action: the finder ("where can I read near me?").
        home.hero_link = finder
        home.hero_link_label = "找身边的阅读空间"
        home.save_revision().publish()
    home_en = ctx.home_en
    if home_en is not None and home_en.specific.hero_link_id is None:
        home_en = home_en.specific
        home_en.hero_link = finder_en
        home_en.hero_link_label = "Find a reading space near you"
        home_en.save_revision().publish()
    for index, row in enumerate(data.SPACES):
        slug, name, kind, street = row["slug"], row["name"], row["space_type"], row["subdistrict"]
        address, access, extra = row["address"], row["accessibility"], row["extra"]
        lat, lng = data.CENTRES[street]
        d_lat, d_lng = extra.get("offset", (0.0, 0.0))
        photo = ctx.image(
            name,
            size=(1200, 800),
            motif="courtyard",
            background=TYPE_COLOURS[kind],
        )
        space = ctx.page(
            finder,
            ReadingSpacePageFactory,
            slug,
            title=name,
            is_sample=True,
            intro=data.INTRO[kind],
            space_type=kind,
            subdistrict=street,
            address=address,
            latitude=f"{lat + d_lat:.6f}",
            longitude=f"{lng + d_lng:.6f}",
            open_24h=kind == "study_24h" or extra.get("open_24h", False),
            hours_note=data.NOTES[kind],
            services=data.SERVICES[kind],
            accessibility=access,
            phone="" if kind == "lending_machine" else f"010-0000 {index + 1:04d}",
            hours=[] if kind == "study_24h" or extra.get("open_24h") else data.HOURS[kind],
            exceptions=exceptions_for(ctx, extra),
            photos=[(photo, f"{name}外观（示意图）")],
        )
        if slug in ENGLISH:
            title, address_en = ENGLISH[slug]
            ctx.translate(space, title=title, address=address_en, intro="")
    ctx.add_menu_item(finder, "阅读空间")
    lend_books_at_libraries(ctx)


def lend_books_at_libraries(ctx):
    """Books' 哪里借阅 points at sample libraries (the recommendations demo ran before this one)."""
    from spaces.models import ReadingSpacePage

    Book = ctx.model("recommendations.Book")

    libraries = list(
        ReadingSpacePage.objects.live()
        .filter(locale=ctx.zh, space_type__in=["public_library", "street_library"])
        .order_by("path")[:3]
    )
    if not libraries:
        return
    books = Book.objects.filter(locale=ctx.zh, live=True).order_by("pk")[:12]
    for number, book in enumerate(books):
        if any(block.block_type == "space" for block in book.borrow_links):
            continue
        library = libraries[number % len(libraries)]
        book.borrow_links.insert(
            0, ("space", {"space": library, "note": "示例：馆藏以图书馆查询为准"})
        )
        book.save_revision().publish()
