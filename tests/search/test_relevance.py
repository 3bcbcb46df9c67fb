"""The relevance set: queries against the demo site and the pages that must come first.

Each case is (language, query, pages that must be among the first ``top`` results). Paths
are relative to the language's home page. The same set runs on SQLite and, in CI, on
PostgreSQL (DATABASE_URL): the two backends must agree on what is relevant.
"""

import pytest
from wagtail.models import Locale

from search.results import Search

pytestmark = pytest.mark.django_db

ZH, EN = "zh-hans", "en"

RELEVANCE = [
    # The six words of the definition of done.
    (ZH, "阅读", ["/brands/", "/spaces/"], 10),
    (ZH, "书香", ["/", "/family-reading/"], 10),
    (
        ZH,
        "西城",
        ["/", "/spaces/xicheng-library-sample/", "/spaces/xicheng-second-library-sample/"],
        10,
    ),
    (ZH, "亲子", ["/books/qinzi-gongdu/", "/news/twenty-minutes-a-day/"], 10),
    (
        ZH,
        "老舍",
        [
            "/books/luotuo-xiangzi/",
            "/events/luotuo-xiangzi-salon/",
            "/books/chaguan/",
            "/books/sishi-tongtang/",
        ],
        5,
    ),
    (
        ZH,
        "图书馆",
        ["/spaces/xicheng-library-sample/", "/spaces/xinjiekou-street-library-sample/"],
        15,
    ),
    # Book titles, authors, and words inside longer titles.
    (ZH, "骆驼祥子", ["/books/luotuo-xiangzi/", "/events/luotuo-xiangzi-salon/"], 3),
    (ZH, "祥子", ["/events/luotuo-xiangzi-salon/", "/books/luotuo-xiangzi/"], 3),
    (ZH, "茶馆", ["/books/chaguan/"], 3),
    (ZH, "城南旧事", ["/books/chengnan-jiushi/", "/events/chengnan-jiushi-walk/"], 5),
    (ZH, "红楼梦", ["/books/hongloumeng/", "/events/hongloumeng-club/"], 5),
    (ZH, "三体", ["/books/santi/"], 1),
    (ZH, "刘慈欣", ["/books/santi/"], 1),
    (ZH, "费孝通", ["/books/xiangtu-zhongguo/", "/events/xiangtu-zhongguo-lecture/"], 3),
    # Programme vocabulary, sub-words of it, and brand names.
    (ZH, "书香家庭", ["/family-reading/", "/honours/scholarly-families-previous/"], 5),
    (ZH, "阅读推广人", ["/promoters/", "/promoter-application/"], 5),
    (ZH, "推广人", ["/promoters/", "/promoter-application/"], 5),
    (ZH, "书香驿站", ["/spaces/shichahai-reading-station-sample/", "/brands/night-reading/"], 10),
    (ZH, "驿站", ["/spaces/jinrongjie-reading-station-sample/"], 10),
    (ZH, "社区书屋", ["/spaces/niujie-community-room-sample/"], 10),
    (ZH, "自助借还机", ["/spaces/niujie-machine-sample/", "/spaces/zhanlanlu-machine-sample/"], 5),
    (ZH, "借还", ["/spaces/zhanlanlu-machine-sample/"], 10),
    (ZH, "银发悦读", ["/brands/silver-reading/"], 1),
    (ZH, "胡同书声", ["/brands/hutong-voices/"], 2),
    (ZH, "光荣榜", ["/honours/"], 3),
    (ZH, "绘本", ["/brands/picture-book-weekends/", "/news/picture-books-0-3/"], 10),
    (ZH, "亲子共读", ["/books/qinzi-gongdu/"], 5),
    (ZH, "大字本", ["/news/books-for-elders/"], 3),
    # Places: streets, spaces, landmarks.
    (
        ZH,
        "什刹海",
        ["/spaces/shichahai-reading-station-sample/", "/spaces/shichahai-community-room-sample/"],
        5,
    ),
    (ZH, "新街口街道", ["/spaces/xinjiekou-street-library-sample/"], 1),
    (ZH, "琉璃厂", ["/spaces/chunshu-bookshop-sample/"], 2),
    (
        ZH,
        "24小时书房",
        ["/spaces/yuetan-study-24h-sample/", "/spaces/tianqiao-study-24h-sample/"],
        5,
    ),
    (ZH, "24 小时书房", ["/spaces/yuetan-study-24h-sample/"], 5),
    # Forms and the policy document.
    (ZH, "满意度调查", ["/satisfaction-survey/"], 1),
    (ZH, "图书捐赠", ["/book-donation/"], 1),
    (ZH, "若干意见", ["/policy-2017/"], 3),
    (ZH, "西政办发", ["/policy-2017/"], 1),
    # Several words, Chinese and mixed.
    (ZH, "老舍 茶馆", ["/books/chaguan/"], 1),
    (ZH, "北京 胡同", ["/books/chengnan-jiushi/"], 5),
    (ZH, "2026 书香家庭", ["/family-reading/scholarly-family-current/"], 3),
    (ZH, "金融街 24小时", ["/spaces/jinrongjie-study-24h-sample/"], 1),
    # English pages under /en/, with stemming.
    (EN, "reading", ["/spaces/"], 10),
    (EN, "library", ["/spaces/xicheng-library-sample/"], 3),
    (EN, "libraries", ["/spaces/xicheng-library-sample/"], 3),
    (EN, "Lao She", ["/books/luotuo-xiangzi/"], 2),
    (EN, "picture books", ["/news/picture-books-0-3/"], 2),
    (EN, "science fiction", ["/books/santi/"], 1),
    (EN, "rickshaw", ["/books/luotuo-xiangzi/"], 1),
    (EN, "older readers", ["/news/books-for-elders/"], 1),
    (EN, "Shichahai reading station", ["/spaces/shichahai-reading-station-sample/"], 1),
]

# Precision: how many pages a query may find at most (it must not match everything).
AT_MOST = [
    (ZH, "三体", 1),
    (ZH, "琉璃厂", 2),
    (ZH, "量子计算", 0),
    (EN, "rickshaw", 2),
]


def relative_path(page):
    return "/" + page.url_path.split("/", 2)[2]


def top_paths(language, query, top):
    locale = Locale.objects.get(language_code=language)
    return [relative_path(p) for p in Search(query, locale=locale).pages()[:top]]


DONE_WHEN = [
    ("阅读", "/brands/"),
    ("书香", "/family-reading/"),
    ("西城", "/spaces/xicheng-library-sample/"),
    ("亲子", "/books/qinzi-gongdu/"),
    ("老舍", "/books/luotuo-xiangzi/"),
    ("图书馆", "/spaces/xinjiekou-street-library-sample/"),
]


def test_relevance_set_on_the_demo_site(demo, client):
    """One test, one demo load: every failure is listed, not only the first."""
    assert len(RELEVANCE) >= 30
    failures = []
    for language, query, expected, top in RELEVANCE:
        found = top_paths(language, query, top)
        missing = [path for path in expected if path not in found]
        if missing:
            failures.append(f"{language} {query!r}: missing {missing} in top {top}: {found}")
    for language, query, most in AT_MOST:
        locale = Locale.objects.get(language_code=language)
        count = Search(query, locale=locale).pages().count()
        if count > most:
            failures.append(f"{language} {query!r}: {count} results, expected at most {most}")

    # The results page shows the right pages, with the words highlighted.
    for query, path in DONE_WHEN:
        response = client.get("/search/", {"q": query})
        html = response.content.decode()
        if response.status_code != 200 or f'href="{path}"' not in html:
            failures.append(f"/search/?q={query}: no link to {path}")
        if f"<mark>{query}</mark>" not in html:
            failures.append(f"/search/?q={query}: no highlighted {query}")

    # Books (the recommendations app's snippet) are searched with the pages.
    from search.results import book_model

    if book_model() is not None:
        html = client.get("/search/", {"q": "骆驼祥子"}).content.decode()
        if 'id="books-heading"' not in html:
            failures.append("骆驼祥子: no books section")
        html = client.get("/search/", {"q": "骆驼祥子", "type": "book"}).content.decode()
        if '<a href="/books/luotuo-xiangzi/"><mark>骆驼祥子</mark></a>' not in html:
            failures.append("骆驼祥子 type=book: no highlighted book linking to its recommendation")
    assert not failures, "\n".join(failures)
