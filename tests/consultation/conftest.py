import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from consultation.factories import ConsultationIndexPageFactory


def make_user(username, *group_names):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw-" + username
    )
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def index(home):
    page = ConsultationIndexPageFactory(parent=home, slug="consultation")
    page.save_revision().publish()
    return page


@pytest.fixture
def replier(db):
    return make_user("answerer", "答复")


@pytest.fixture
def moderator(db):
    return make_user("moderator", "审核")


@pytest.fixture
def editor(db):
    return make_user("editor", "编辑")
