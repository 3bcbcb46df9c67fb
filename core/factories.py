import hashlib

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.models import Collection

from core import artwork
from core.models import Menu


def draw_image(title, size, motif=None, background=None):
    """PNG bytes of the artwork a demo or test image gets."""
    size = tuple(size)
    if motif == "hero":
        return artwork.render_hero(title, size)
    if motif == "avatar":
        return artwork.render_avatar(title, size)
    if motif == "qr-placeholder":
        return artwork.render_qr_placeholder("二维码示例\n不可扫描", size)
    return artwork.render_artwork(title, size, motif, background)


class ImageFactory(wagtail_factories.ImageFactory):
    """An image drawn locally: text-free artwork from Beijing motifs (core.artwork).

    ``motif``: lattice, tiles, spines, courtyard (or chosen from the title), hero, avatar,
    qr-placeholder (the only one with words: it says it is a placeholder).
    """

    class Params:
        # Small by default: every test that renders a page makes its image renditions
        # again (they roll back with the test), and their cost grows with the pixels. The
        # demo passes the sizes it shows (core.demo_context.image).
        size = (240, 160)
        background = None
        motif = None

    title = factory.Sequence(lambda n: f"示例图片 {n}")
    # wagtail_factories would make a new root-level "Test collection" per image, where no
    # editor group has permissions: images belong in the root collection.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            draw_image(o.title, o.size, o.motif, o.background),
            name=f"gen-{hashlib.sha1(o.title.encode()).hexdigest()[:12]}.png",
        )
    )
    width = factory.LazyAttribute(lambda o: o.size[0])
    height = factory.LazyAttribute(lambda o: o.size[1])


class PageFactory(wagtail_factories.PageFactory):
    """wagtail_factories' page factory, the new page in its parent's language.

    Wagtail gives a new page without a locale its parent's, read with a query of its own
    (the parent's specific row, ~20 % of making a page); the factory has the parent at hand.
    A ``locale`` or ``locale_id`` passed in still wins.
    """

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.get("parent")
        if parent is not None and "locale" not in kwargs and "locale_id" not in kwargs:
            kwargs["locale_id"] = parent.locale_id
        return super()._create(model_class, *args, **kwargs)


class MenuFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"菜单 {n}")

    class Meta:
        model = Menu
