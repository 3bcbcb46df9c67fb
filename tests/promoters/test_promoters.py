import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import ImageFactory
from promoters.factories import (
    ReadingPromoterIndexPageFactory,
    ReadingPromoterPageFactory,
    SpecialtyFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(home):
    page = ReadingPromoterIndexPageFactory(parent=home, slug="promoters")
    page.save_revision().publish()
    return page


@pytest.fixture
def specialties(db):
    return {
        "family": SpecialtyFactory(slug="family-reading", name="亲子阅读"),
        "seniors": SpecialtyFactory(slug="seniors", name="老年阅读"),
    }


def add_promoters(directory, count, specialties, image=None):
    image = image or ImageFactory()
    for n in range(count):
        page = ReadingPromoterPageFactory(
            parent=directory,
            title=f"推广人 {n}（示例）",
            slug=f"p-{directory.get_children_count()}",
            photo=image,
            sub_district="yuetan" if n % 2 else "niujie",
            specialties=[specialties["family"] if n % 2 else specialties["seniors"]],
        )
        page.save_revision().publish()


def test_directory_lists_and_filters(client, directory, specialties):
    add_promoters(directory, 4, specialties)
    content = client.get(directory.url).content.decode()
    assert content.count('class="card promoter-card"') == 4
    assert "共 4 位阅读推广人" in content
    filtered = client.get(directory.url, {"specialty": "seniors"}).content.decode()
    assert filtered.count('class="card promoter-card"') == 2
    both = client.get(directory.url, {"specialty": "seniors", "street": "niujie"})
    assert both.content.decode().count('class="card promoter-card"') == 2
    none = client.get(directory.url, {"specialty": "seniors", "street": "yuetan"})
    assert "没有符合条件的阅读推广人" in none.content.decode()
    # Named after the fields; "specialty" and "street" are the old names, still read.
    both = client.get(directory.url, {"specialties": "seniors", "sub_district": "niujie"})
    html = both.content.decode()
    assert html.count('class="card promoter-card"') == 2
    assert '<select name="specialties">' in html and '<select name="sub_district">' in html
    assert '<option value="niujie" selected>' in html


@pytest.mark.parametrize("params", [{"specialty": "magic"}, {"street": "../../etc"}, {"page": "x"}])
def test_unknown_filters_give_a_chinese_message_not_an_error(
    client, directory, specialties, params
):
    add_promoters(directory, 2, specialties)
    response = client.get(directory.url, params)
    assert response.status_code == 200
    if "page" not in params:
        content = response.content.decode()
        assert "请从列表中选择" in content
        assert 'class="card promoter-card"' not in content


@pytest.mark.usefixtures("one_pixel_renditions")
def test_directory_query_count_does_not_grow_with_promoters(client, directory, specialties):
    image = ImageFactory()
    add_promoters(directory, 5, specialties, image)
    client.get(directory.url)  # renditions made once
    with CaptureQueriesContext(connection) as five:
        assert client.get(directory.url).status_code == 200
    add_promoters(directory, 19, specialties, image)  # 24 fill one page
    client.get(directory.url)
    with CaptureQueriesContext(connection) as many:
        content = client.get(directory.url).content.decode()
    assert content.count('class="card promoter-card"') == 24
    assert len(many) == len(five), [q["sql"] for q in many.captured_queries]


def test_profile_page_has_person_json_ld_and_the_facts(client, directory, specialties):
    add_promoters(directory, 1, specialties)
    page = directory.get_children().first().specific
    content = client.get(page.url).content.decode()
    assert '"@type":"Person"' in content
    assert "老年阅读" in content and "牛街街道" in content
    assert "示例社区书屋" in content
    assert page.get_honours() == [] and "获得的表彰" not in content
    assert page.get_upcoming_events() == [] and "即将带领的活动" not in content


def test_honour_rolls_and_events_link_to_the_profile(client, home, directory, specialties):
    import datetime

    from django.utils import timezone

    from events.factories import EventIndexPageFactory, EventPageFactory
    from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory, add_honourees

    add_promoters(directory, 1, specialties)
    profile = directory.get_children().first().specific
    rolls = HonourRollIndexPageFactory(parent=home, slug="honours")
    roll = HonourRollPageFactory(parent=rolls, slug="promoters-2025", category="promoter")
    add_honourees(roll, [{"name": profile.title, "promoter": profile}])
    calendar = EventIndexPageFactory(parent=home, slug="events")
    start = timezone.now() + datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=calendar, slug="club", start=start, end=start + datetime.timedelta(hours=2)
    )
    event.promoters.set([profile])
    event.save_revision().publish()

    content = client.get(profile.url).content.decode()
    assert "获得的表彰" in content and roll.title in content
    assert "即将带领的活动" in content and event.title in content
    # The roll and the event link back to the profile.
    assert f'href="{profile.url}"' in client.get(roll.url).content.decode()
    assert f'href="{profile.url}"' in client.get(event.url).content.decode()


def test_promoters_in_the_api(client, directory, specialties):
    add_promoters(directory, 1, specialties, image=ImageFactory(size=(600, 600)))
    page = directory.get_children().first()
    data = client.get(f"/api/v2/pages/{page.pk}/", HTTP_ACCEPT="application/json").json()
    assert data["specialty_names"] == ["老年阅读"]
    assert data["sub_district_name"] == "牛街"
    assert data["photo_square"]["width"] == 400


def translate(page, locale, title):
    """An English copy, as wagtail-localize makes it before the translator's work is synced."""
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.title = copy.draft_title = title
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


def test_english_profile_lists_the_english_events_and_honours(
    client, home, home_en, locale_en, directory, specialties
):
    """Translated events and rolls still point at the Chinese profile (copies keep links):
    the English profile finds them through translation keys, and they link to it."""
    import datetime

    from django.utils import timezone
    from django.utils.translation import override

    from events.factories import EventIndexPageFactory, EventPageFactory
    from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory, add_honourees

    add_promoters(directory, 1, specialties)
    profile = directory.get_children().first().specific
    rolls = HonourRollIndexPageFactory(parent=home, slug="honours")
    roll = HonourRollPageFactory(parent=rolls, slug="promoters-2025", category="promoter")
    add_honourees(roll, [{"name": profile.title, "promoter": profile}])
    calendar = EventIndexPageFactory(parent=home, slug="events")
    start = timezone.now() + datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=calendar, slug="club", start=start, end=start + datetime.timedelta(hours=2)
    )
    event.promoters.set([profile])
    event.save_revision().publish()

    profile_en = translate(profile, locale_en, "Promoter Wang (sample)")
    roll_en = translate(roll, locale_en, "Reading promoters 2025 (sample)")
    event_en = translate(event, locale_en, "Book club in English")
    assert roll_en.honourees.get().promoter_id == profile.pk  # the copy kept the link
    assert list(event_en.promoters.all()) == [profile]

    with override("en"):
        assert [e.pk for e in profile_en.get_upcoming_events()] == [event_en.pk]
        assert [h.page_id for h in profile_en.get_honours()] == [roll_en.pk]
        content = client.get(profile_en.url).content.decode()
        assert event_en.title in content and roll_en.title in content
        assert event.title not in content
        # The English roll and event link to the English profile.
        assert f'href="{profile_en.url}"' in client.get(roll_en.url).content.decode()
        assert f'href="{profile_en.url}"' in client.get(event_en.url).content.decode()
    # The Chinese profile still lists the Chinese ones.
    assert [e.pk for e in profile.get_upcoming_events()] == [event.pk]
    assert [h.page_id for h in profile.get_honours()] == [roll.pk]
