import factory

from core.factories import PageFactory
from home.models import HomePage, StandardPage


class HomePageFactory(PageFactory):
    title = "书香西城"

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"页面 {n}")
    intro = ""

    class Meta:
        model = StandardPage
