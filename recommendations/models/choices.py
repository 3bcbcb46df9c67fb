"""Fixed vocabularies: the Beijing reading season's five categories, age groups, formats."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    THEMATIC = "thematic", _("主题出版")
    HUMANITIES = "humanities", _("人文社科")
    LITERATURE = "literature", _("文学艺术")
    SCIENCE = "science", _("科普生活")
    CHILDREN = "children", _("少年儿童")


class AgeGroup(models.TextChoices):
    TODDLER = "toddler", _("幼儿")
    PRIMARY = "primary", _("小学")
    SECONDARY = "secondary", _("中学")
    ADULT = "adult", _("成人")
    SENIOR = "senior", _("老年")


class BookFormat(models.TextChoices):
    PAPERBACK = "Paperback", _("平装")
    HARDCOVER = "Hardcover", _("精装")
    EBOOK = "EBook", _("电子书")
    AUDIOBOOK = "AudiobookFormat", _("有声书")
    GRAPHIC = "GraphicNovel", _("绘本 / 连环画")


class BookLanguage(models.TextChoices):
    ZH = "zh", _("中文")
    EN = "en", _("英文")
    FR = "fr", _("法文")
    DE = "de", _("德文")
    JA = "ja", _("日文")
    RU = "ru", _("俄文")
    OTHER = "und", _("其他")


class Season(models.TextChoices):
    ALL_YEAR = "year", _("全年")
    SPRING = "spring", _("春季")
    SUMMER = "summer", _("夏季")
    AUTUMN = "autumn", _("秋季")
    WINTER = "winter", _("冬季")
    WINTER_BREAK = "winter-break", _("寒假")
    SUMMER_BREAK = "summer-break", _("暑假")
    BOOK_DAY = "book-day", _("世界读书日")
