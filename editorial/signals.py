"""Grant snippet permissions to the editorial groups after every ``migrate``.

Snippet models come from many apps (books, promoters, menus …) and keep being added, so one
data migration cannot know them all. This post_migrate handler runs after each migrate and
is idempotent: it only adds missing permissions, never removes what an administrator set.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import DraftStateMixin, LockableMixin
from wagtail.snippets.models import create_extra_permissions, get_snippet_models

from . import roles


def snippet_permissions(model, actions):
    """The permissions ``actions`` (add, change, delete, publish, lock …) exist for on ``model``."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    codenames = []
    for action in actions:
        if action == "publish" and not issubclass(model, DraftStateMixin):
            continue
        if action in ("lock", "unlock") and not issubclass(model, LockableMixin):
            continue
        codenames.append(f"{action}_{model._meta.model_name}")
    return Permission.objects.filter(content_type=content_type, codename__in=codenames)


# Further model permissions the editorial groups need: requesting translations.
EXTRA_PERMISSIONS = {
    roles.EDITOR: [("wagtail_localize", "submit_translation")],
    roles.MODERATOR: [("wagtail_localize", "submit_translation")],
}


def grant_extra_permissions():
    granted = 0
    for group_name, perms in EXTRA_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for app_label, codename in perms:
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None and not group.permissions.filter(pk=perm.pk).exists():
                group.permissions.add(perm)
                granted += 1
    return granted


def grant_snippet_permissions(models=None, verbosity=0):
    """Give every editorial group its permissions on every registered snippet model."""
    models = list(models if models is not None else get_snippet_models())
    # Make sure the permissions of these models exist (apps later in INSTALLED_APPS may
    # not have had their own post_migrate run yet).
    for app_config in {global_apps.get_app_config(m._meta.app_label) for m in models}:
        create_permissions(app_config, verbosity=0)
    # publish_*, lock_* and unlock_* come from wagtail.snippets' own post_migrate handler,
    # which runs after this app's (INSTALLED_APPS order): create them now.
    create_extra_permissions(global_apps.get_app_config("wagtailsnippets"))
    granted = 0
    for group_name, actions in roles.SNIPPET_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        have = set(group.permissions.values_list("pk", flat=True))
        for model in models:
            # A model may name the editorial groups that get rights on it (answers to
            # residents: 审核 only; the 答复 group's rights come from its own migration).
            allowed = getattr(model, "editorial_snippet_groups", None)
            if allowed is not None and group_name not in allowed:
                continue
            missing = [p for p in snippet_permissions(model, actions) if p.pk not in have]
            if missing:
                group.permissions.add(*missing)
                granted += len(missing)
    if verbosity >= 2 and granted:
        print(f"editorial: granted {granted} snippet permissions")
    return granted


def on_post_migrate(sender, verbosity=1, **kwargs):
    grant_snippet_permissions(verbosity=verbosity)
    grant_extra_permissions()
