"""Demo: 50 real books, 26 recommendations, 5 book lists, and English versions of a few."""

import datetime

from recommendations import demo_data as data
from recommendations.factories import (
    BookFactory,
    BookListPageFactory,
    BookRecommendationPageFactory,
    RecommendationIndexPageFactory,
    cover_for,
)
from recommendations.models import Book, RelatedBook


def months_ago(ctx, months):
    return ctx.today - datetime.timedelta(days=30 * months)


def get_or_create_book(ctx, key):
    row = data.BOOKS[key]
    book = Book.objects.filter(title=row["title"], subtitle=row["subtitle"], locale=ctx.zh).first()
    if book:
        return book
    book = BookFactory(
        **row,
        language="zh",
        cover=cover_for(row["title"], row["authors"]),
        borrow_links=data.BORROW_LINKS,
        locale=ctx.zh,
    )
    book.save_revision().publish()
    ctx.counts["Book"] += 1
    return book


def translate_book(ctx, book, key):
    existing = book.get_translation_or_none(ctx.en)
    if existing:
        return existing
    title, authors, translator, publisher = data.BOOKS_EN[key]
    translation = book.copy_for_translation(ctx.en)
    translation.title = title
    translation.authors = authors
    translation.translator = translator
    translation.publisher = publisher
    translation.borrow_links = [
        (
            "link",
            {
                "label": "National Library of China",
                "url": "https://www.nlc.cn/",
                "note": "Search the catalogue by title",
            },
        ),
        (
            "link",
            {
                "label": "Capital Library of China",
                "url": "https://www.clcn.net.cn/",
                "note": "Search the catalogue by title",
            },
        ),
    ]
    translation.save()
    translation.save_revision().publish()
    ctx.counts["Book (en)"] += 1
    return translation


def load(ctx):
    books = {key: get_or_create_book(ctx, key) for key in data.BOOKS}
    for key in data.BOOKS_EN:
        translate_book(ctx, books[key], key)

    index = ctx.page(
        ctx.home,
        RecommendationIndexPageFactory,
        "books",
        title="好书推荐",
        intro="馆员、老师和阅读推广人为西城居民挑选的好书与书单；可按分类、适读年龄、主题和年份筛选。",
        search_description="书香西城好书推荐：京味文学、亲子共读、红色经典、科普入门等推荐书单与推荐理由。",
    )
    ctx.translate(
        index,
        title="Book recommendations",
        slug="books",
        intro="Good books and book lists chosen for Xicheng residents by librarians, teachers and reading promoters.",
        search_description="Book recommendations and reading lists from Scholarly Xicheng.",
    )
    ctx.add_menu_item(index, "好书推荐")

    pages = {}
    for position, row in enumerate(data.RECOMMENDATIONS):
        fields = dict(row)
        slug, months = fields.pop("slug"), fields.pop("months_ago")
        related = fields.pop("related_books")
        fields["book"] = books[fields["book"]]
        fields["reason"] = f"<p>{fields['reason']}</p>"
        pages[slug] = ctx.page(
            index,
            BookRecommendationPageFactory,
            slug,
            **fields,
            recommended_on=months_ago(ctx, months) - datetime.timedelta(days=position),
            related_books=[
                RelatedBook(book=books[other], sort_order=i) for i, other in enumerate(related)
            ],
        )

    lists = {}
    for row in data.BOOK_LISTS:
        fields = dict(row)
        slug, year_offset, items = (
            fields.pop("slug"),
            fields.pop("year_offset"),
            fields.pop("items"),
        )
        lists[slug] = ctx.page(
            index,
            BookListPageFactory,
            slug,
            **fields,
            year=ctx.today.year + year_offset,
            books=[books[key] for key, _ in items],
            blurbs=[blurb for _, blurb in items],
        )

    for slug, (title, intro, reason, role) in data.RECOMMENDATIONS_EN.items():
        ctx.translate(
            pages[slug],
            title=title,
            slug=slug,
            intro=intro,
            reason=reason,
            recommender_name=pages[slug].recommender_name.replace("（示例）", " (sample)"),
            recommender_title=role,
            excerpt="",
            excerpt_source="",
        )
    for slug, (title, intro, how_to_use) in data.BOOK_LISTS_EN.items():
        ctx.translate(
            lists[slug],
            title=title,
            slug=slug,
            intro=intro,
            how_to_use=how_to_use,
            compiler="Xicheng District Library (sample)",
        )
