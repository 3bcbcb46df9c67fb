"""Fixed vocabularies: the Beijing reading season's five categories, age groups, formats."""

from django.db import models


class Category(models.TextChoices):
    THEMATIC = "thematic", "主题出版"
    HUMANITIES = "humanities", "人文社科"
    LITERATURE = "literature", "文学艺术"
    SCIENCE = "science", "科普生活"
    CHILDREN = "children", "少年儿童"


class AgeGroup(models.TextChoices):
    TODDLER = "toddler", "幼儿"
    PRIMARY = "primary", "小学"
    SECONDARY = "secondary", "中学"
    ADULT = "adult", "成人"
    SENIOR = "senior", "老年"


class BookFormat(models.TextChoices):
    PAPERBACK = "Paperback", "平装"
    HARDCOVER = "Hardcover", "精装"
    EBOOK = "EBook", "电子书"
    AUDIOBOOK = "AudiobookFormat", "有声书"
    GRAPHIC = "GraphicNovel", "绘本 / 连环画"


class BookLanguage(models.TextChoices):
    ZH = "zh", "中文"
    EN = "en", "英文"
    FR = "fr", "法文"
    DE = "de", "德文"
    JA = "ja", "日文"
    RU = "ru", "俄文"
    OTHER = "und", "其他"


class Season(models.TextChoices):
    ALL_YEAR = "year", "全年"
    SPRING = "spring", "春季"
    SUMMER = "summer", "夏季"
    AUTUMN = "autumn", "秋季"
    WINTER = "winter", "冬季"
    WINTER_BREAK = "winter-break", "寒假"
    SUMMER_BREAK = "summer-break", "暑假"
    BOOK_DAY = "book-day", "世界读书日"
