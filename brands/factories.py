import factory
import wagtail_factories

from brands.models import ReadingBrandIndexPage, ReadingBrandPage


class ReadingBrandIndexPageFactory(wagtail_factories.PageFactory):
    title = "阅读品牌"
    intro = ""

    class Meta:
        model = ReadingBrandIndexPage


class ReadingBrandPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"示例阅读品牌 {n}")
    organiser = "（示例）西城区阅读推广联盟"
    slogan = "让阅读走进每个家庭"
    is_sample = True

    class Meta:
        model = ReadingBrandPage
