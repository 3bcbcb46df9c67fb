from tests.editorial.conftest import admin_user, editor, moderator, plain_user, reviewer  # noqa: F401
