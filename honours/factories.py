import factory

from core.factories import PageFactory
from honours.models import Honouree, HonourRollIndexPage, HonourRollPage


class HonourRollIndexPageFactory(PageFactory):
    title = "光荣榜"
    intro = ""

    class Meta:
        model = HonourRollIndexPage


class HonourRollPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"示例光荣榜 {n}")
    award = "西城区“书香家庭”（示例）"
    year = 2025
    category = "family"
    is_sample = True

    class Meta:
        model = HonourRollPage


class HonoureeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"示例家庭 {n}")
    kind = "person"
    affiliation = "示例街道"
    citation = "坚持亲子共读，带动邻里读书。"

    class Meta:
        model = Honouree


def add_honourees(roll, people):
    """Attach honourees (dicts of Honouree fields) to a roll and publish it."""
    for order, fields in enumerate(people):
        roll.honourees.add(Honouree(sort_order=order, **fields))
    roll.save_revision().publish()
    roll.refresh_from_db()
    return roll
