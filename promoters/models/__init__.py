from .pages import ReadingPromoterIndexPage, ReadingPromoterPage
from .specialties import Specialty

__all__ = ["ReadingPromoterIndexPage", "ReadingPromoterPage", "Specialty"]
