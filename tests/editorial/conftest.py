import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial import roles


def make_user(username, group_name=None, **extra):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw-" + username, **extra
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return make_user("ed", roles.EDITOR)


@pytest.fixture
def moderator(db):
    return make_user("mod", roles.MODERATOR)


@pytest.fixture
def reviewer(db):
    return make_user("rev", roles.FORM_REVIEWER)


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-boss")


@pytest.fixture
def plain_user(db):
    """Logged in to the admin but in no editorial group."""
    user = make_user("nobody")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user
