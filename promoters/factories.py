import factory

from core.factories import ImageFactory, PageFactory
from promoters.models import ReadingPromoterIndexPage, ReadingPromoterPage, Specialty


class SpecialtyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"专长 {n}")
    slug = factory.Sequence(lambda n: f"specialty-{n}")

    class Meta:
        model = Specialty
        django_get_or_create = ("slug",)


class ReadingPromoterIndexPageFactory(PageFactory):
    title = "阅读推广人"
    intro = ""

    class Meta:
        model = ReadingPromoterIndexPage


class ReadingPromoterPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"推广人 {n}")
    is_sample = True
    affiliation = "示例社区书屋"
    sub_district = "xinjiekou"
    bio = "<p>示例简介。</p>"
    photo = factory.SubFactory(ImageFactory)

    class Meta:
        model = ReadingPromoterPage
        skip_postgeneration_save = True

    @factory.post_generation
    def specialties(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.specialties.set(extracted)
            obj.save()
