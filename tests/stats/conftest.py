"""A small world whose figures are counted by hand in the tests, and a way to scale it."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone, translation
from wagtail.contrib.forms.models import FormSubmission

from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from engagement.factories import FormPageFactory, add_fields
from engagement.models import FormKind
from events.factories import EventIndexPageFactory, EventPageFactory
from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory, add_honourees
from promoters.factories import (
    ReadingPromoterIndexPageFactory,
    ReadingPromoterPageFactory,
    SpecialtyFactory,
)
from recommendations.factories import (
    BookFactory,
    BookListPageFactory,
    BookRecommendationPageFactory,
    RecommendationIndexPageFactory,
)
from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory
from stats.periods import YEAR, Period
from tests.shared_data import SharedData, default_home

SHANGHAI = ZoneInfo("Asia/Shanghai")
YEAR_NOW = timezone.localdate().year

# Personal data planted in submissions: must never reach a chart, a page or a download.
SECRET_NAME = "欧阳测试员"
SECRET_PHONE = "13912345678"
SECRET_EMAIL = "secret.person@example.org"
SECRET_TEXT = "这是一条不应公开的意见原文"


def at(year, month, day, hour=10):
    return dt.datetime(year, month, day, hour, tzinfo=SHANGHAI)


def submit(page, when, **data):
    row = FormSubmission.objects.create(page=page, form_data=data)
    FormSubmission.objects.filter(pk=row.pk).update(submit_time=when)
    return row


class World:
    """Pages under the home page; ``add_*`` methods let the benchmark scale each part."""

    def __init__(self, home):
        self.home = home
        self.spaces = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
        self.calendar = EventIndexPageFactory(parent=home, slug="events")
        brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
        self.brand = ReadingBrandPageFactory(parent=brands, title="胡同书声", slug="hutong")
        self.promoters = ReadingPromoterIndexPageFactory(parent=home, slug="promoters")
        self.recommendations = RecommendationIndexPageFactory(parent=home, slug="books")
        self.honours = HonourRollIndexPageFactory(parent=home, slug="honours")
        self.survey = FormPageFactory(parent=home, slug="survey", kind=FormKind.SURVEY)
        add_fields(
            self.survey,
            [
                ("总体满意度", "rating", True, "", ""),
                ("开放时间是否方便", "rating", False, "", ""),
                ("意见和建议", "multiline", False, "", ""),
            ],
        )
        self.feedback = FormPageFactory(parent=home, slug="feedback", kind=FormKind.FEEDBACK)
        add_fields(
            self.feedback,
            [
                ("称呼", "singleline", True, "", ""),
                ("联系电话", "phone", False, "", ""),
                ("电子邮箱", "email", False, "", ""),
                ("留言内容", "multiline", True, "", ""),
            ],
        )
        self.names = {f.label: f.clean_name for f in self.survey.form_fields.all()}
        self.feedback_names = {f.label: f.clean_name for f in self.feedback.form_fields.all()}

    def refresh(self):
        """The pages as the database has them: an earlier test's changes were rolled back."""
        for value in vars(self).values():
            if hasattr(value, "refresh_from_db"):
                value.refresh_from_db()

    def add_space(self, **fields):
        return ReadingSpacePageFactory(parent=self.spaces, **fields)

    def add_event(self, start, **fields):
        fields.setdefault("end", start + dt.timedelta(hours=1))
        return EventPageFactory(parent=self.calendar, start=start, **fields)

    def add_answer(self, when, overall, hours=None, text=""):
        data = {self.names["总体满意度"]: overall, self.names["意见和建议"]: text}
        if hours:
            data[self.names["开放时间是否方便"]] = hours
        return submit(self.survey, when, **data)

    def add_feedback(self, when):
        n = self.feedback_names
        return submit(
            self.feedback,
            when,
            **{
                n["称呼"]: SECRET_NAME,
                n["联系电话"]: SECRET_PHONE,
                n["电子邮箱"]: SECRET_EMAIL,
                n["留言内容"]: SECRET_TEXT,
            },
        )


@pytest.fixture(autouse=True)
def chinese():
    """Figures and charts are checked in Chinese; an earlier /en/ request may leave English on."""
    with translation.override("zh-hans"):
        yield


@pytest.fixture
def period():
    return Period(YEAR, YEAR_NOW)


class SharedWorld(SharedData):
    fixture = "world"

    def build(self):
        with translation.override("zh-hans"):
            return build_world(default_home())

    def refresh(self, value):
        value.refresh()


SHARED_WORLD = SharedWorld()


_shared_world = SHARED_WORLD.session_fixture()


@pytest.fixture
def world(_shared_world, db):
    """The hand-counted world (see test_figures for the counts), built once per process
    and read by each test in a savepoint (tests/shared_data.py)."""
    return _shared_world.current()


def build_world(home):
    w = World(home)
    # Spaces: 2 in 西长安街, 1 in 月坛.
    w.add_space(
        subdistrict="xichangan",
        space_type="public_library",
        accessibility=["step_free", "braille"],
        hours=[(d, "09:00", "17:00") for d in range(5)],  # 40 h, weekdays, no evenings
    )
    w.add_space(
        subdistrict="xichangan",
        space_type="study_24h",
        accessibility=["step_free"],
        open_24h=True,
        hours=[],
    )
    w.add_space(
        subdistrict="yuetan",
        space_type="community_room",
        hours=[(0, "09:00", "17:00"), (5, "10:00", "21:00")],  # 8 + 11 = 19 h, evening, weekend
    )
    venue = w.spaces.get_children().specific().first()
    year_start = at(YEAR_NOW, 1, 1, 0) + dt.timedelta(minutes=1)
    # Events: two held in January (one family at a venue, one online for the brand), one
    # upcoming at the end of December, one cancelled (not counted), one last year (not counted).
    w.add_event(year_start, venue=venue, audiences=["family", "adults"])
    w.add_event(
        year_start + dt.timedelta(days=3),
        online_url="https://live.example.org/x",
        brand=w.brand,
        audiences=["adults"],
    )
    w.add_event(at(YEAR_NOW, 12, 31, 22), venue=venue, brand=w.brand, audiences=["seniors"])
    w.add_event(at(YEAR_NOW, 2, 1), status="cancelled", audiences=["teens"])
    w.add_event(at(YEAR_NOW - 1, 6, 1), audiences=["teens"])
    # Survey: January: 非常满意 + 满意 (hours 一般); February: 不满意. Last year: not counted.
    w.add_answer(at(YEAR_NOW, 1, 5), "非常满意", "满意", text=SECRET_TEXT)
    w.add_answer(at(YEAR_NOW, 1, 20), "满意", "一般")
    w.add_answer(at(YEAR_NOW, 2, 3), "不满意")
    w.add_answer(at(YEAR_NOW - 1, 12, 30), "非常不满意")
    # Feedback: two in March.
    w.add_feedback(at(YEAR_NOW, 3, 2))
    w.add_feedback(at(YEAR_NOW, 3, 9))
    # Promoters: 2 in 德胜 (one with two specialties), 1 without a sub-district.
    family, classics = (
        SpecialtyFactory(name="亲子阅读", slug="family"),
        SpecialtyFactory(name="经典诵读", slug="classics"),
    )
    ReadingPromoterPageFactory(
        parent=w.promoters, sub_district="desheng", specialties=[family, classics]
    )
    ReadingPromoterPageFactory(parent=w.promoters, sub_district="desheng", specialties=[family])
    ReadingPromoterPageFactory(parent=w.promoters, sub_district="")
    # Honours: this year 2 families + 1 space, last year 1 promoter.
    roll = HonourRollPageFactory(parent=w.honours, year=YEAR_NOW, category="family")
    add_honourees(roll, [{"name": "示例家庭甲"}, {"name": "示例家庭乙"}])
    roll = HonourRollPageFactory(parent=w.honours, year=YEAR_NOW, category="space")
    add_honourees(roll, [{"name": "示例书屋", "kind": "organization"}])
    roll = HonourRollPageFactory(parent=w.honours, year=YEAR_NOW - 1, category="promoter")
    add_honourees(roll, [{"name": "示例推广人"}])
    # Books: 2 literature (one recommended twice), 1 children's on a list.
    novel = BookFactory(
        title="骆驼祥子", authors="老舍", category="literature", age_groups=["adult", "senior"]
    )
    BookRecommendationPageFactory(parent=w.recommendations, book=novel)
    BookRecommendationPageFactory(parent=w.recommendations, book=novel)
    BookRecommendationPageFactory(
        parent=w.recommendations, book=BookFactory(category="literature", age_groups=["adult"])
    )
    picture_book = BookFactory(
        title="猜猜我有多爱你",
        authors="山姆·麦克布雷尼",
        category="children",
        age_groups=["toddler"],
    )
    BookListPageFactory(parent=w.recommendations, books=[picture_book, novel])
    return w


def make_user(username, group=None, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", "pw")
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user
