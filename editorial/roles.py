"""The editorial roles: group names, what each may do, and who may read form submissions.

The data migration ``0001_groups_and_workflow`` creates these groups on every installation;
``editorial.signals`` grants snippet permissions as other apps register snippet models.
"""

EDITOR = "编辑"
MODERATOR = "审核"
FORM_REVIEWER = "表单审阅"
WORKFLOW_NAME = "审核发布"
TASK_NAME = "审核"

# Page permissions on the tree root (codename prefixes of wagtailcore.Page permissions).
PAGE_PERMISSIONS = {
    EDITOR: ["add", "change", "lock"],
    MODERATOR: ["add", "change", "publish", "lock", "unlock", "bulk_delete"],
    FORM_REVIEWER: [],
}

# Image and document permissions on the root collection.
COLLECTION_PERMISSIONS = {
    EDITOR: ["add", "change", "choose"],
    MODERATOR: ["add", "change", "delete", "choose"],
    FORM_REVIEWER: [],
}

# Snippet permissions, granted for every registered snippet model by the post_migrate handler.
# ``publish`` applies to snippets with drafts (DraftStateMixin) only, ``lock``/``unlock`` to
# lockable ones (LockableMixin).
SNIPPET_PERMISSIONS = {
    EDITOR: ["add", "change", "delete", "lock"],
    MODERATOR: ["add", "change", "delete", "publish", "lock", "unlock"],
}


def in_group(user, name):
    if not user.is_authenticated:
        return False
    cache = getattr(user, "_editorial_groups", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user._editorial_groups = cache
    return name in cache


def can_read_submissions(user):
    """Form submissions hold personal data: only form reviewers and administrators read them."""
    return bool(user.is_authenticated and user.is_active) and (
        user.is_superuser or in_group(user, FORM_REVIEWER)
    )
