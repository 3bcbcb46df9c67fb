"""Factories for books, recommendations and book lists; the tests and demo.py use them."""

import hashlib

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from core.factories import ImageFactory, PageFactory
from core.imagegen import render_card
from recommendations.models import (
    Book,
    BookListItem,
    BookListPage,
    BookRecommendationPage,
    RecommendationIndexPage,
)

# The demo's covers (cover_for); tests draw smaller ones (see core.factories.ImageFactory).
COVER_SIZE = (600, 850)
TEST_COVER_SIZE = (240, 340)


class CoverFactory(ImageFactory):
    """A cover drawn locally: the title and the author on a colour field."""

    class Params:
        size = TEST_COVER_SIZE
        subtitle = ""
        footer = "书香西城 · 示例封面"
        book_title = ""
        author = ""

    title = factory.Sequence(lambda n: f"封面 {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            render_card(
                o.book_title or o.title,
                o.author or o.subtitle,
                size=o.size,
                background=o.background,
                footer=o.footer,
            ),
            name=f"cover-{hashlib.sha1(o.title.encode()).hexdigest()[:12]}.png",
        )
    )


def cover_for(title, authors):
    """The generated cover of a book, found again by its title on later runs."""
    from wagtail.images import get_image_model

    name = f"封面：{title}"
    existing = get_image_model().objects.filter(title=name).first()
    if existing:
        return existing
    return CoverFactory(title=name, book_title=title, author=authors, size=COVER_SIZE)


class BookFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"示例图书 {n}")
    authors = "佚名"
    category = "literature"
    age_groups = factory.LazyFunction(lambda: ["adult"])
    language = "zh"
    live = True

    class Meta:
        model = Book
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if extracted:
            obj.themes.add(*extracted)
            if create:
                obj.save()


class RecommendationIndexPageFactory(PageFactory):
    title = "好书推荐"
    intro = ""

    class Meta:
        model = RecommendationIndexPage


class BookRecommendationPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"推荐 {n}")
    book = factory.SubFactory(BookFactory)
    recommender_name = "示例推荐人（示例）"
    recommender_title = "西城区图书馆馆员（示例）"
    reason = "<p>这是一段推荐理由。</p>"
    recommended_on = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = BookRecommendationPage


class BookListPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"书单 {n}")
    year = factory.LazyFunction(lambda: timezone.localdate().year)

    class Meta:
        model = BookListPage

    @classmethod
    def _create(cls, model_class, *args, books=(), blurbs=None, **kwargs):
        """``books=[...]`` becomes the ordered items; ``blurbs`` are optional, one per book."""
        blurbs = list(blurbs or [])
        items = [
            BookListItem(
                book=book, blurb=blurbs[i] if i < len(blurbs) else f"{book.title}。", sort_order=i
            )
            for i, book in enumerate(books)
        ]
        if items:
            kwargs["items"] = items
        return super()._create(model_class, *args, **kwargs)
