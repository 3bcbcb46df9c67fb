"""Every figure against the hand-counted world of conftest.py."""

import pytest

from stats.figures import REGISTRY, all_keys
from stats.periods import Period

pytestmark = pytest.mark.django_db


def figure(key, period):
    return REGISTRY[key].evaluate(period)


def rows(result):
    return {row[0]: row[1:] for row in result["rows"]}


def test_every_figure_names_its_clause_and_unit(world, period):
    assert len(all_keys()) == len(REGISTRY) >= 19
    for key in all_keys():
        result = figure(key, period)
        assert result["clause"] and result["unit"] and result["title"], key


def test_spaces(world, period):
    by_street = figure("spaces_by_subdistrict", period)
    assert rows(by_street)["西长安街"] == [2]
    assert rows(by_street)["月坛"] == [1]
    assert rows(by_street)["德胜"] == [0]
    assert by_street["total"] == 3 and by_street["headline"] == "3 个"
    by_type = rows(figure("spaces_by_type", period))
    assert (
        by_type["公共图书馆"] == [1]
        and by_type["24 小时书房"] == [1]
        and by_type["社区书屋"] == [1]
    )
    access = rows(figure("spaces_accessibility", period))
    assert access["无障碍通道"] == [2, 66.7]
    assert access["盲文读物"] == [1, 33.3]
    assert access["轮椅"] == [0, 0.0]


def test_opening_hours(world, period):
    weekly = figure("weekly_hours", period)
    assert rows(weekly)["公共图书馆"] == [40.0, 1]
    assert rows(weekly)["24 小时书房"] == [168.0, 1]
    assert rows(weekly)["社区书屋"] == [19.0, 1]
    assert weekly["total"] == round((40 + 168 + 19) / 3, 1)
    extended = rows(figure("extended_opening", period))
    assert extended["晚间开放（19:00 以后）"] == [66.7, 2]  # 24 h and the 21:00 Saturday
    assert extended["周末开放"] == [66.7, 2]
    assert extended["24 小时开放"] == [33.3, 1]


def test_events(world, period):
    by_month = figure("events_by_month", period)
    months = rows(by_month)
    assert months[f"{period.year}-01"] == [2, 0]
    assert months[f"{period.year}-02"] == [0, 0]  # the cancelled event is not counted
    assert months[f"{period.year}-12"] == [0, 1]
    assert by_month["total"] == 3 and by_month["headline"] == "2 场"
    streets = rows(figure("events_by_subdistrict", period))
    assert streets["西长安街"] == [1, 1]
    assert streets["线上或其他地点"] == [1, 0]
    audiences = rows(figure("events_by_audience", period))
    assert audiences["亲子"] == [1, 33.3]
    assert audiences["成人"] == [2, 66.7]
    assert audiences["老年"] == [1, 33.3]
    assert audiences["青少年"] == [0, 0.0]
    brands = rows(figure("events_by_brand", period))
    assert brands["胡同书声"] == [1, 1]
    assert brands["未归属品牌"] == [1, 0]


def test_last_year_is_its_own_period(world, period):
    last_year = Period("year", period.year - 1)
    assert figure("events_by_month", last_year)["total"] == 1
    assert figure("survey_ratings", last_year)["total"] == 1


def test_quarter_and_month(world, period):
    first_quarter = Period.parse(f"{period.year}-Q1")
    assert figure("events_by_month", first_quarter)["total"] == 2
    assert len(figure("events_by_month", first_quarter)["rows"]) == 3
    march = Period.parse(f"{period.year}-03")
    assert figure("feedback_by_month", march)["total"] == 2


def test_survey(world, period):
    ratings = figure("survey_ratings", period)
    assert ratings["columns"][1:6] == ["非常满意", "满意", "一般", "不满意", "非常不满意"]
    overall = rows(ratings)["总体满意度"]
    assert overall == [1, 1, 0, 1, 0, round((5 + 4 + 2) / 3, 1)]
    hours = rows(ratings)["开放时间是否方便"]
    assert hours == [0, 1, 1, 0, 0, 3.5]  # only two answered the optional question
    assert ratings["total"] == 3
    assert ratings["headline"] == f"{round((5 + 4 + 2 + 4 + 3) / 5, 2)} 分"
    monthly = rows(figure("survey_by_month", period))
    assert monthly[f"{period.year}-01"] == [4.5, 3.5, 2]
    assert monthly[f"{period.year}-02"] == [2.0, None, 1]
    assert monthly[f"{period.year}-03"] == [None, None, 0]


def test_feedback_says_answer_times_are_not_yet_available(world, period, monkeypatch):
    from stats.figures import satisfaction

    monkeypatch.setattr(satisfaction, "consultation_response_times", lambda: None)
    result = figure("feedback_by_month", period)
    assert rows(result)[f"{period.year}-03"] == [2]
    assert result["total"] == 2
    assert "尚未上线" in result["note"]


def test_feedback_with_consultation_answer_times(world, period, monkeypatch):
    import datetime as dt

    from stats.figures import satisfaction

    def response_times(start, end):
        return [
            {
                "month": dt.date(period.year, 3, 1),
                "received": 4,
                "answered": 3,
                "average_working_days": 2.5,
            }
        ]

    monkeypatch.setattr(satisfaction, "consultation_response_times", lambda: response_times)
    result = figure("feedback_by_month", period)
    assert result["columns"] == ["月份", "意见留言", "留言咨询", "已答复", "平均答复用时（工作日）"]
    assert rows(result)[f"{period.year}-03"] == [2, 4, 3, 2.5]
    assert result["total"] == 2 + 4 and result["note"] == ""


def test_consultation_monthly_statistics_feed_the_figure(world, period):
    """The consultation app (merged) is read through its monthly_statistics."""
    from stats.figures.satisfaction import consultation_response_times

    provider = consultation_response_times()
    assert provider is not None
    assert provider(period.start, period.end) == []  # no messages in this world


def test_bookings_are_not_invented_until_registration_exists(world, period, monkeypatch):
    from events import queries

    monkeypatch.delattr(queries, "booking_totals", raising=False)
    result = figure("bookings_attendance", period)
    assert result["available"] is False and result["rows"] == [] and result["chart"] == "table"
    assert "尚未上线" in result["note"]


def test_bookings_switch_on_when_events_queries_provides_them(world, period, monkeypatch):
    import datetime as dt

    from events import queries

    def booking_totals(start, end):
        return [{"month": dt.date(period.year, 1, 1), "bookings": 10, "attended": 8}]

    monkeypatch.setattr(queries, "booking_totals", booking_totals, raising=False)
    result = figure("bookings_attendance", period)
    assert result["available"] is True
    assert rows(result)[f"{period.year}-01"] == [10, 8]
    assert result["total"] == 10 and "80.0%" in result["note"]


def test_promoters(world, period):
    streets = figure("promoters_by_subdistrict", period)
    assert rows(streets)["德胜"] == [2]
    assert rows(streets)["未填写街道"] == [1]
    assert streets["total"] == 3
    specialties = rows(figure("promoters_by_specialty", period))
    assert specialties == {"亲子阅读": [2], "经典诵读": [1]}


def test_honours(world, period):
    result = figure("honours_by_year", period)
    assert result["columns"][1:] == [
        "特色阅读空间",
        "阅读推广人",
        "书香家庭",
        "书香个人",
        "书香单位",
    ]
    assert rows(result)[str(period.year)] == [1, 0, 2, 0, 0]
    assert rows(result)[str(period.year - 1)] == [0, 1, 0, 0, 0]
    assert result["total"] == 3


def test_books(world, period):
    categories = figure("books_by_category", period)
    assert rows(categories)["文学艺术"] == [2]
    assert rows(categories)["少年儿童"] == [1]
    assert categories["total"] == 3
    ages = rows(figure("books_by_age_group", period))
    assert (
        ages["成人"] == [2] and ages["老年"] == [1] and ages["幼儿"] == [1] and ages["小学"] == [0]
    )


def test_campaign_signups_by_stage(home, period):
    import datetime as dt

    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, add_stages
    from engagement.factories import FormPageFactory
    from engagement.models import FormKind
    from tests.stats.conftest import at, submit

    form = FormPageFactory(parent=home, slug="signup", kind=FormKind.SIGNUP)
    index = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=index, title="书香家庭评选", participation_page=form)
    add_stages(
        campaign,
        [
            {
                "kind": "signup",
                "start_date": dt.date(period.year, 1, 1),
                "end_date": dt.date(period.year, 1, 31),
            },
            {
                "kind": "review",
                "start_date": dt.date(period.year, 2, 1),
                "end_date": dt.date(period.year, 2, 28),
            },
        ],
    )
    submit(form, at(period.year, 1, 10), family="甲")
    submit(form, at(period.year, 1, 31, 23), family="乙")  # the last evening still counts
    submit(form, at(period.year, 2, 2), family="丙")
    submit(form, at(period.year, 6, 1), family="丁")
    result = figure("campaign_signups", period)
    assert result["columns"] == ["活动", "报名", "评选", "公示", "表彰", "阶段之外"]
    assert rows(result)["书香家庭评选"] == [2, 1, 0, 0, 1]
