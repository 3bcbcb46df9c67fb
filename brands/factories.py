import factory

from brands.models import ReadingBrandIndexPage, ReadingBrandPage
from core.factories import PageFactory


class ReadingBrandIndexPageFactory(PageFactory):
    title = "阅读品牌"
    intro = ""

    class Meta:
        model = ReadingBrandIndexPage


class ReadingBrandPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"示例阅读品牌 {n}")
    organiser = "（示例）西城区阅读推广联盟"
    slogan = "让阅读走进每个家庭"
    is_sample = True

    class Meta:
        model = ReadingBrandPage
