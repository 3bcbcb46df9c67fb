import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "书香西城"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"页面 {n}")
    intro = ""

    class Meta:
        model = StandardPage
