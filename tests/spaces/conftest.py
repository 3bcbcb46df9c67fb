import pytest

from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory

ALL_DAY = []  # with open_24h=True


@pytest.fixture
def finder(home):
    return ReadingSpaceIndexPageFactory(parent=home, title="阅读空间", slug="spaces")


@pytest.fixture
def make_space(finder):
    def make(**fields):
        return ReadingSpacePageFactory(parent=finder, **fields)

    return make
