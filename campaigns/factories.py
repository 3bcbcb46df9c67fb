import datetime

import factory

from campaigns.models import CampaignIndexPage, CampaignPage, CampaignStage
from core.factories import PageFactory


class CampaignIndexPageFactory(PageFactory):
    title = "书香家庭"
    intro = ""

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"示例书香家庭评选 {n}")
    aim = "<p>鼓励家庭共读，营造书香氛围。</p>"
    eligibility = "<p>居住在西城区的家庭。</p>"
    is_sample = True

    class Meta:
        model = CampaignPage


class CampaignStageFactory(factory.django.DjangoModelFactory):
    kind = "signup"
    start_date = datetime.date(2026, 3, 1)
    end_date = datetime.date(2026, 3, 31)

    class Meta:
        model = CampaignStage


def standard_stages(start, lengths=(30, 20, 7, 1)):
    """报名 → 评选 → 公示 → 表彰, back to back from ``start``, as CampaignStage kwargs."""
    stages, day = [], start
    for kind, length in zip(
        ("signup", "review", "publicity", "commendation"), lengths, strict=True
    ):
        end = day + datetime.timedelta(days=length - 1)
        stages.append({"kind": kind, "start_date": day, "end_date": end})
        day = end + datetime.timedelta(days=1)
    return stages


def add_stages(campaign, stages):
    """Attach stages (dicts of CampaignStage fields) to a campaign and publish it."""
    for order, fields in enumerate(stages):
        campaign.stages.add(CampaignStage(sort_order=order, **fields))
    campaign.save_revision().publish()
    campaign.refresh_from_db()
    return campaign
