"""A large synthetic catalogue for the search benchmark, inserted in bulk.

Books, recommendation pages, book lists with their entries, and other pages, written from
the programme's vocabulary so that common queries (图书馆, 骆驼祥子, 亲子阅读, reading) match a
realistic share of rows. Rows go in with ``bulk_create`` (treebeard paths computed here):
``add_child`` takes ~40 ms a page, a bulk row well under 1 ms. Nothing is indexed here; the
benchmark builds the index afterwards and times it.
"""

import random
import uuid

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

STREETS = [
    "西长安街", "新街口", "月坛", "展览路", "德胜", "金融街", "什刹海", "大栅栏", "天桥",
    "椿树", "陶然亭", "广安门内", "牛街", "白纸坊", "广安门外",
]  # fmt: skip
PLACES = ["图书馆", "社区书屋", "书香驿站", "特色书店", "24小时书房", "阅读空间", "街道图书馆"]
TOPICS = [
    "亲子阅读", "全民阅读", "书香家庭", "阅读推广人", "好书推荐", "推荐书单", "数字阅读",
    "无障碍阅读", "适老化服务", "读书会", "阅读品牌", "光荣榜", "经典诵读", "阅读季",
]  # fmt: skip
CLASSICS = [
    "骆驼祥子", "四世同堂", "茶馆", "城南旧事", "红楼梦", "边城", "呐喊", "朝花夕拾",
    "平凡的世界", "活着", "围城", "乡土中国", "时间简史", "昆虫记", "小王子", "草房子",
]  # fmt: skip
TITLE_WORDS = [
    "胡同", "四合院", "故宫", "京味", "老北京", "城墙", "中轴线", "什刹海", "琉璃厂", "天桥",
    "图书馆", "书店", "读书", "少年", "童年", "春天", "故事", "人生", "时间", "星空", "科学",
    "自然", "历史", "家书", "笔记", "札记", "散文", "诗选", "小说", "民俗", "节气", "长城",
    "运河", "园林", "建筑", "戏曲", "京剧", "书法", "绘本", "宇宙", "动物", "植物", "地球",
]  # fmt: skip
AUTHORS = [
    "老舍", "林海音", "曹雪芹", "沈从文", "鲁迅", "路遥", "余华", "钱锺书", "费孝通", "汪曾祺",
    "冰心", "萧红", "朱自清", "梁思成", "史铁生", "王安忆", "刘慈欣", "曹文轩", "霍金", "法布尔",
]  # fmt: skip
PUBLISHERS = [
    "人民文学出版社", "北京出版社", "生活·读书·新知三联书店", "中华书局", "商务印书馆",
    "作家出版社", "上海译文出版社", "湖南科学技术出版社", "接力出版社", "北京十月文艺出版社",
]  # fmt: skip
REASONS = [
    "这本书写的是{street}一带的{word}，适合全家一起读", "作者用朴素的语言讲述{word}的故事",
    "推荐给喜欢{topic}的读者，可以在{place}借阅", "书中对{word}的描写细致动人，没有剧透之忧",
    "老年读者可选大字版，{place}备有多本", "适合作为{topic}活动的共读书目",
    "读完可以去{street}走一走，看看书里写到的{word}", "孩子们会喜欢书里关于{word}的部分",
]  # fmt: skip
ENGLISH = [
    "Reading club for families", "Public library opening hours", "Book recommendations",
    "Scholarly Xicheng reading season", "Children's reading corner", "Accessible reading",
]  # fmt: skip


def _fill(rng, template):
    return template.format(
        street=rng.choice(STREETS),
        place=rng.choice(PLACES),
        topic=rng.choice(TOPICS),
        word=rng.choice(TITLE_WORDS),
    )


def book_rows(rng, count, locale_id):
    Book = apps.get_model("recommendations.Book")

    categories = ["thematic", "humanities", "literature", "science", "children"]
    books = []
    for n in range(count):
        if n % 25 == 0:
            title = rng.choice(CLASSICS)  # editions of the classics recur, as in a library
        else:
            title = rng.choice(TITLE_WORDS) + rng.choice(TITLE_WORDS)
        if rng.random() < 0.05:
            title = rng.choice(ENGLISH)
        books.append(
            Book(
                title=title,
                authors="、".join(rng.sample(AUTHORS, rng.choice((1, 1, 1, 2)))),
                publisher=rng.choice(PUBLISHERS),
                year=rng.randint(1980, 2025),
                category=rng.choice(categories),
                age_groups=[rng.choice(["primary", "secondary", "adult", "senior"])],
                locale_id=locale_id,
                translation_key=uuid.uuid4(),
                live=True,
            )
        )
    return Book.objects.bulk_create(books, batch_size=500)


def add_pages(parent, model, rows):
    """Insert live ``model`` pages under ``parent``; ``rows`` are (title, {field: value})."""
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    parent.refresh_from_db()
    pages = []
    for i, (title, _fields) in enumerate(rows, start=parent.numchild + 1):
        slug = f"bench-{model._meta.model_name}-{i}"
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, i),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages, batch_size=500)
    specific = []
    for row, (_title, fields) in zip(pages, rows, strict=True):
        page = model(page_ptr_id=row.pk, **fields)
        page.__dict__.update({f.attname: getattr(row, f.attname) for f in Page._meta.fields})
        specific.append(page)
    for page in specific:
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return specific


def other_page_rows(rng, count):
    rows = []
    for n in range(count):
        street, place, topic = rng.choice(STREETS), rng.choice(PLACES), rng.choice(TOPICS)
        book = rng.choice(CLASSICS)
        sentences = [_fill(rng, rng.choice(REASONS)) for _ in range(6)]
        sentences.append(f"本期共读《{book}》")
        if rng.random() < 0.2:
            sentences.append(rng.choice(ENGLISH))
        rows.append(
            (f"{street}{place}{topic}活动（第{n + 1}期）", {"intro": "，".join(sentences)[:480]})
        )
    return rows


def build(home, books=5000, recommendations=5000, list_entries=5000, pages=10000, seed=20171226):
    """The whole catalogue under ``home``; returns a dict of how many rows of each kind."""
    # Looked up by label: the layering rule lets search import other apps' queries.py only.
    StandardPage = apps.get_model("home.StandardPage")
    BookListItem = apps.get_model("recommendations.BookListItem")
    BookListPage = apps.get_model("recommendations.BookListPage")
    BookRecommendationPage = apps.get_model("recommendations.BookRecommendationPage")
    RecommendationIndexPage = apps.get_model("recommendations.RecommendationIndexPage")

    rng = random.Random(seed)
    with transaction.atomic():
        book_objs = book_rows(rng, books, home.locale_id)
        (index,) = add_pages(home, RecommendationIndexPage, [("好书推荐（基准）", {})])
        rec_rows = []
        for n in range(recommendations):
            book = book_objs[n % len(book_objs)]
            reason = "。".join(_fill(rng, rng.choice(REASONS)) for _ in range(4)) + "。"
            rec_rows.append(
                (
                    f"推荐《{book.title}》",
                    {
                        "book_id": book.pk,
                        "reason": f"<p>{reason}</p>",
                        "recommender_name": rng.choice(AUTHORS[:3]) + "读者",
                        "intro": reason[:120],
                    },
                )
            )
        add_pages(index, BookRecommendationPage, rec_rows)
        per_list = 25
        list_rows = [
            (f"{rng.choice(TOPICS)}书单 第{n + 1}辑", {"intro": _fill(rng, rng.choice(REASONS))})
            for n in range(max(1, list_entries // per_list))
        ]
        lists = add_pages(index, BookListPage, list_rows)
        BookListItem.objects.bulk_create(
            [
                BookListItem(
                    page_id=book_list.pk,
                    book_id=rng.choice(book_objs).pk,
                    blurb=_fill(rng, rng.choice(REASONS)),
                    sort_order=position,
                )
                for book_list in lists
                for position in range(per_list)
            ],
            batch_size=1000,
        )
        add_pages(home, StandardPage, other_page_rows(rng, pages))
    return {
        "books": books,
        "recommendations": recommendations,
        "book lists": len(lists),
        "list entries": len(lists) * per_list,
        "other pages": pages,
    }
