import pytest

from home.factories import StandardPageFactory


@pytest.fixture
def make_page(home):
    """A live standard page under the Chinese home page, indexed as on publish."""

    def make(title, intro="", parent=None, **fields):
        return StandardPageFactory(parent=parent or home, title=title, intro=intro, **fields)

    return make
