import hashlib

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.models import Collection

from core.imagegen import render_card
from core.models import Menu


class ImageFactory(wagtail_factories.ImageFactory):
    """An image drawn locally: its title (and subtitle) on a colour field."""

    class Params:
        subtitle = ""
        size = (600, 400)
        background = None
        footer = ""

    title = factory.Sequence(lambda n: f"示例图片 {n}")
    # wagtail_factories would make a new root-level "Test collection" per image, where no
    # editor group has permissions: images belong in the root collection.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            render_card(o.title, o.subtitle, size=o.size, background=o.background, footer=o.footer),
            name=f"gen-{hashlib.sha1(o.title.encode()).hexdigest()[:12]}.png",
        )
    )
    width = factory.LazyAttribute(lambda o: o.size[0])
    height = factory.LazyAttribute(lambda o: o.size[1])


class MenuFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"菜单 {n}")

    class Meta:
        model = Menu
