"""The fixed vocabularies of reading spaces: types, services, accessibility, weekdays (sub-districts are in core.choices)."""

from django.utils.translation import gettext_lazy as _

SPACE_TYPES = [
    ("public_library", _("公共图书馆")),
    ("street_library", _("街道图书馆")),
    ("community_room", _("社区书屋")),
    ("reading_station", _("书香驿站")),
    ("bookshop", _("特色书店")),
    ("study_24h", _("24 小时书房")),
    ("lending_machine", _("自助借还机")),
]

SERVICES = [
    ("lending", _("借阅")),
    ("self_service", _("自助借还")),
    ("digital", _("数字阅读")),
    ("lectures", _("讲座")),
    ("children", _("亲子区")),
    ("study", _("自习")),
]

ACCESSIBILITY = [
    ("step_free", _("无障碍通道")),
    ("accessible_toilet", _("无障碍卫生间")),
    ("braille", _("盲文读物")),
    ("low_vision_aids", _("助视设备")),
    ("wheelchair", _("轮椅")),
]

WEEKDAYS = [
    (0, _("周一")),
    (1, _("周二")),
    (2, _("周三")),
    (3, _("周四")),
    (4, _("周五")),
    (5, _("周六")),
    (6, _("周日")),
]
