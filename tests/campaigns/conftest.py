import pytest

from campaigns.factories import CampaignIndexPageFactory


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home, slug="family-reading")
