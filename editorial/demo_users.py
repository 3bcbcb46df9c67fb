"""Demo accounts for walking the editorial workflow; called by `manage.py ensure_demo_users`.

The passwords are printed by `make run`; they are for a local demo only. Existing accounts
are left as they are (an administrator may have changed their password).
"""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from . import roles

DEMO_USERS = [
    # username, group, password, display name
    ("editor", roles.EDITOR, "shuxiang-editor-2026", "示例编辑"),
    ("moderator", roles.MODERATOR, "shuxiang-moderator-2026", "示例审核员"),
    ("reviewer", roles.FORM_REVIEWER, "shuxiang-reviewer-2026", "示例表单审阅员"),
    # The group is made by events' migration 0004 (bookings, check-in, exports).
    ("organiser", "活动组织", "shuxiang-organiser-2026", "示例活动组织员"),
    # Answers residents' messages (group created by consultation's migration).
    ("answerer", "答复", "shuxiang-answerer-2026", "示例答复员"),
]


def ensure():
    """Create the demo users if missing; return the lines `make run` prints."""
    User = get_user_model()
    lines = []
    for username, group_name, default_password, full_name in DEMO_USERS:
        password = os.environ.get(f"DEMO_{username.upper()}_PASSWORD", default_password)
        group, _ = Group.objects.get_or_create(name=group_name)
        user = User.objects.filter(username=username).first()
        created = user is None
        if created:
            user = User.objects.create_user(
                username,
                email=f"{username}@example.org",
                password=password,
                first_name=full_name,
            )
        user.groups.add(group)
        state = "已创建" if created else "已存在"
        shown = password if created or user.check_password(password) else "（密码已修改）"
        lines.append(f"  {group_name}账号（{state}）: {username} / {shown}")
    return lines
