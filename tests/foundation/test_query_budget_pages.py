"""Uncached rendering within 12 queries, the same for 5 and for 50 items: detail pages and the
listings with filters (issue 11). How "uncached" is measured: tests/foundation/test_query_budget.py.

Each test adds the items a page shows (related events, photos, stages, honourees…) 5 then 50
at a time; an N+1 (a query per item) makes the two counts differ and fails the test.
"""

import datetime as dt

import pytest
from django.utils import timezone

from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from brands.models import BrandBookList, BrandGalleryImage
from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignStage
from core.factories import ImageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Occurrence
from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory
from honours.models import Honouree
from promoters.factories import (
    ReadingPromoterIndexPageFactory,
    ReadingPromoterPageFactory,
    SpecialtyFactory,
)
from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory
from spaces.models import OpeningException, OpeningPeriod, ReadingSpacePhoto
from tests.foundation.test_query_budget import BUDGET, five_then_fifty

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("one_pixel_renditions")]


def in_days(days, hour=10):
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def within_budget(client, url, add):
    five, fifty = five_then_fifty(client, url, add)
    assert five == fifty <= BUDGET, (url, five, fifty)


@pytest.fixture
def events_index(home):
    return EventIndexPageFactory(parent=home, slug="events")


@pytest.fixture
def brand(home):
    index = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    return ReadingBrandPageFactory(parent=index, slug="brand", logo=ImageFactory())


@pytest.fixture
def space(home):
    index = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    return ReadingSpacePageFactory(parent=index, slug="space", photos=[ImageFactory()])


def test_brand_page(client, home, brand, events_index):
    from recommendations.factories import BookListPageFactory, RecommendationIndexPageFactory

    books = RecommendationIndexPageFactory(parent=home, slug="books")

    def add(n):
        for _ in range(n):
            book_list = BookListPageFactory(parent=books)
            BrandBookList.objects.create(page=brand, book_list=book_list)
            BrandGalleryImage.objects.create(page=brand, image=ImageFactory())
            EventPageFactory(parent=events_index, brand=brand, image=ImageFactory())

    within_budget(client, brand.url, add)


def test_campaign_page(client, home):
    index = CampaignIndexPageFactory(parent=home, slug="family-reading")
    rolls = HonourRollIndexPageFactory(parent=home, slug="honours")
    campaign = CampaignPageFactory(parent=index, slug="campaign", cover_image=ImageFactory())
    today = timezone.localdate()

    def add(n):
        for i in range(n):
            day = today + dt.timedelta(days=CampaignStage.objects.count() - 10 + i)
            CampaignStage.objects.create(page=campaign, kind="signup", start_date=day, end_date=day)
            HonourRollPageFactory(parent=rolls, campaign=campaign)

    within_budget(client, campaign.url, add)


def test_honour_roll_page(client, home):
    rolls = HonourRollIndexPageFactory(parent=home, slug="honours")
    promoters = ReadingPromoterIndexPageFactory(parent=home, slug="promoters")
    campaigns = CampaignIndexPageFactory(parent=home, slug="family-reading")
    roll = HonourRollPageFactory(
        parent=rolls, slug="roll", campaign=CampaignPageFactory(parent=campaigns)
    )

    def add(n):
        for _ in range(n):
            promoter = ReadingPromoterPageFactory(parent=promoters)
            Honouree.objects.create(page=roll, name="示例", photo=ImageFactory(), promoter=promoter)

    within_budget(client, roll.url, add)


def test_event_index(client, events_index, space, brand):
    def add(n):
        for i in range(n):
            event = EventPageFactory(
                parent=events_index, venue=space, brand=brand, image=ImageFactory()
            )
            Occurrence.objects.create(event=event, start=in_days(7 + i), end=in_days(7 + i, 12))

    within_budget(client, events_index.url, add)


def test_event_page(client, home, events_index, space, brand):
    promoters = ReadingPromoterIndexPageFactory(parent=home, slug="promoters")
    event = EventPageFactory(
        parent=events_index,
        slug="event",
        venue=space,
        brand=brand,
        image=ImageFactory(),
        registration_mode="site",
        capacity=30,
    )

    def add(n):
        for _ in range(n):
            event.promoters.add(ReadingPromoterPageFactory(parent=promoters))
        event.save()
        start = Occurrence.objects.count()
        for i in range(start, start + min(n, 12)):
            Occurrence.objects.create(event=event, start=in_days(3 + i), end=in_days(3 + i, 12))

    within_budget(client, event.url, add)


def test_promoter_index(client, home):
    index = ReadingPromoterIndexPageFactory(parent=home, slug="promoters")

    def add(n):
        for _ in range(n):
            specialty = SpecialtyFactory()
            ReadingPromoterPageFactory(parent=index, specialties=[specialty])

    within_budget(client, index.url, add)


def test_promoter_page(client, home, events_index):
    index = ReadingPromoterIndexPageFactory(parent=home, slug="promoters")
    rolls = HonourRollIndexPageFactory(parent=home, slug="honours")
    promoter = ReadingPromoterPageFactory(
        parent=index, slug="promoter", specialties=[SpecialtyFactory(), SpecialtyFactory()]
    )

    def add(n):
        for _ in range(n):
            event = EventPageFactory(parent=events_index)
            event.promoters.add(promoter)
            event.save()
            roll = HonourRollPageFactory(parent=rolls)
            Honouree.objects.create(page=roll, name="示例", promoter=promoter)

    within_budget(client, promoter.url, add)


def test_space_index(client, home):
    index = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")

    def add(n):
        for _ in range(n):
            ReadingSpacePageFactory(
                parent=index,
                photos=[ImageFactory(), ImageFactory()],
                exceptions=[{"date": timezone.localdate(), "closed": True}],
            )

    within_budget(client, index.url, add)


def test_space_page(client, space, events_index):
    def add(n):
        first = OpeningException.objects.count()
        for i in range(first, first + n):
            ReadingSpacePhoto.objects.create(page=space, image=ImageFactory())
            OpeningPeriod.objects.create(
                page=space, weekday=i % 7, opens=dt.time(9), closes=dt.time(10 + i % 10)
            )
            OpeningException.objects.create(
                page=space, date=timezone.localdate() + dt.timedelta(days=i), closed=True
            )
            EventPageFactory(parent=events_index, venue=space, image=ImageFactory())

    within_budget(client, space.url, add)


@pytest.mark.parametrize("page_type", ["events", "spaces", "brands", "promoters"])
def test_api_listing_with_every_field(client, home, events_index, page_type):
    """/api/v2/pages/?type=…&fields=*: the same queries for 5 and 50 items of each type."""
    brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    spaces = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    promoters = ReadingPromoterIndexPageFactory(parent=home, slug="promoters")
    model = {
        "events": "events.EventPage",
        "spaces": "spaces.ReadingSpacePage",
        "brands": "brands.ReadingBrandPage",
        "promoters": "promoters.ReadingPromoterPage",
    }[page_type]

    def add(n):
        for _ in range(n):
            if page_type == "events":
                event = EventPageFactory(parent=events_index, registration_mode="site", capacity=20)
                Occurrence.objects.create(event=event, start=in_days(3), end=in_days(3, 12))
            elif page_type == "spaces":
                ReadingSpacePageFactory(parent=spaces, photos=[ImageFactory()])
            elif page_type == "brands":
                page = ReadingBrandPageFactory(parent=brands, logo=ImageFactory())
                BrandGalleryImage.objects.create(page=page, image=ImageFactory())
            else:
                ReadingPromoterPageFactory(parent=promoters, specialties=[SpecialtyFactory()])

    within_budget(client, f"/api/v2/pages/?type={model}&fields=*&limit=50", add)
