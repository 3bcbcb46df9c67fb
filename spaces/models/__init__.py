from .finder import ReadingSpaceIndexPage
from .hours import OpeningException, OpeningPeriod, ReadingSpacePhoto
from .space import ReadingSpacePage

__all__ = [
    "OpeningException",
    "OpeningPeriod",
    "ReadingSpaceIndexPage",
    "ReadingSpacePage",
    "ReadingSpacePhoto",
]
