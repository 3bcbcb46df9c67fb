"""Open data: the non-personal data the site already publishes, as CSV and JSON downloads.

Four datasets: reading spaces (with weekly hours and GCJ-02 coordinates), events, the
books on book lists, and honour rolls (the names the public honour-roll pages show, no
photo, no contact). Never bookings, submissions, messages or anyone's contact details.
URLs are language-neutral (``/open-data/spaces.csv``), the same for every reader, so any
cache may keep them; the body is also cached server-side until the next publish.
"""

import json
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from core.exports import csv_response
from core.pagecache import cache_version
from events import queries as events
from honours import queries as honours
from recommendations import queries as books
from spaces import queries as spaces

FORMATS = ("csv", "json")
MAX_AGE = 3600


@dataclass
class Dataset:
    title: object
    description: object
    fields: list  # [(key, Chinese column header)]
    rows: object  # rows(request) -> iterable of dicts


WEEK = [
    ("mon", "周一"),
    ("tue", "周二"),
    ("wed", "周三"),
    ("thu", "周四"),
    ("fri", "周五"),
    ("sat", "周六"),
    ("sun", "周日"),
]

DATASETS = {
    "spaces": Dataset(
        _("阅读空间"),
        _("全部阅读空间的类型、街道、地址、GCJ-02 坐标、每周开放时间、服务和无障碍设施。"),
        [
            ("name", "名称"),
            ("type", "类型"),
            ("subdistrict", "街道"),
            ("address", "地址"),
            ("latitude_gcj02", "纬度（GCJ-02）"),
            ("longitude_gcj02", "经度（GCJ-02）"),
            ("open_24h", "24 小时开放"),
            *[(f"hours_{key}", f"{label}开放时间") for key, label in WEEK],
            ("hours_note", "开放时间说明"),
            ("services", "服务"),
            ("accessibility", "无障碍设施"),
            ("url", "网址"),
        ],
        spaces.public_space_rows,
    ),
    "events": Dataset(
        _("阅读活动"),
        _("本站发布的全部阅读活动：时间、地点、品牌、适合人群和状态（不含报名信息）。"),
        [
            ("title", "活动"),
            ("start", "开始时间"),
            ("end", "结束时间"),
            ("status", "状态"),
            ("brand", "阅读品牌"),
            ("venue", "地点"),
            ("address", "地址"),
            ("subdistrict", "街道"),
            ("audiences", "适合人群"),
            ("online", "线上参与"),
            ("url", "网址"),
        ],
        lambda request: events.public_event_rows(request=request),
    ),
    "book-lists": Dataset(
        _("推荐书单"),
        _("每份推荐书单中的图书，按书单顺序：书名、作者、出版社、出版年、ISBN 和类别。"),
        [
            ("list", "书单"),
            ("year", "书单年份"),
            ("position", "序号"),
            ("title", "书名"),
            ("authors", "作者"),
            ("publisher", "出版社"),
            ("published", "出版年"),
            ("isbn", "ISBN"),
            ("category", "类别"),
            ("url", "书单网址"),
        ],
        books.public_book_list_rows,
    ),
    "honours": Dataset(
        _("光荣榜"),
        _("光荣榜上公布的获表彰个人、家庭和单位：年度、奖项、类别、名称、单位或街道和事迹。"),
        [
            ("year", "年度"),
            ("award", "奖项"),
            ("category", "类别"),
            ("awarded_by", "表彰单位"),
            ("announced_on", "公布日期"),
            ("name", "名称"),
            ("affiliation", "单位或街道"),
            ("citation", "事迹"),
            ("url", "网址"),
        ],
        honours.public_honour_rows,
    ),
}


def dataset_links():
    return [
        {
            "slug": slug,
            "title": str(dataset.title),
            "description": str(dataset.description),
            "links": {fmt: reverse("stats:open_data", args=[slug, fmt]) for fmt in FORMATS},
        }
        for slug, dataset in DATASETS.items()
    ]


def licence():
    """The licence the (first live) 数据开放 page states, else CC BY 4.0."""
    from stats.models import OpenDataPage
    from stats.models.open_data import CC_BY

    page = (
        OpenDataPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .only("licence_name", "licence_url", "attribution")
        .first()
    )
    if page is None:
        return {"name": "CC BY 4.0", "url": CC_BY, "attribution": "书香西城"}
    return {"name": page.licence_name, "url": page.licence_url, "attribution": page.attribution}


def build(slug, fmt, request=None):
    """(content type, body bytes, filename) of a dataset; None when there is no such dataset."""
    dataset = DATASETS.get(slug)
    if dataset is None or fmt not in FORMATS:
        return None
    rows = list(dataset.rows(request))
    filename = f"shuxiang-xicheng-{slug}.{fmt}"
    if fmt == "csv":
        response = csv_response(
            filename,
            [label for _key, label in dataset.fields],
            ([row.get(key) for key, _label in dataset.fields] for row in rows),
        )
        return response["Content-Type"], response.content, filename
    document = {
        "title": str(dataset.title),
        "description": str(dataset.description),
        "licence": licence(),
        "generated": timezone.localtime().isoformat(timespec="seconds"),
        "fields": [{"name": key, "title": label} for key, label in dataset.fields],
        "count": len(rows),
        "data": [{key: row.get(key) for key, _label in dataset.fields} for row in rows],
    }
    body = json.dumps(document, ensure_ascii=False, indent=1).encode()
    return "application/json; charset=utf-8", body, filename


def download(request, dataset, fmt):
    """The download view: cached until the next publish, public to any cache for an hour."""
    from django.http import Http404

    key = f"stats:opendata:{cache_version()}:{dataset}:{fmt}"
    built = cache.get(key)
    if built is None:
        built = build(dataset, fmt, request)
        if built is None:
            raise Http404(
                "没有这份开放数据：可下载 spaces、events、book-lists、honours 的 .csv 或 .json。"
            )
        cache.set(key, built, timeout=MAX_AGE)
    content_type, body, filename = built
    response = HttpResponse(body, content_type=content_type)
    disposition = "attachment" if fmt == "csv" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
