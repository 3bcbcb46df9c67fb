"""The data migration's groups and workflow, and the snippet permissions granted after migrate."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    DraftStateMixin,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
)
from wagtail.snippets.models import get_snippet_models

from core.models import Menu
from editorial import roles
from editorial.signals import grant_snippet_permissions

pytestmark = pytest.mark.django_db


def page_codenames(name):
    return set(
        GroupPagePermission.objects.filter(
            group__name=name, page=Page.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )


def test_every_installation_has_the_three_groups_with_admin_access():
    for name in (roles.EDITOR, roles.MODERATOR, roles.FORM_REVIEWER):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()


def test_page_permissions_editors_cannot_publish_moderators_can():
    assert page_codenames(roles.EDITOR) == {"add_page", "change_page", "lock_page"}
    moderator = page_codenames(roles.MODERATOR)
    assert {"publish_page", "unlock_page", "change_page"} <= moderator
    assert page_codenames(roles.FORM_REVIEWER) == set()


def test_image_and_document_permissions_on_the_root_collection():
    root = Collection.get_first_root_node()

    def codenames(name):
        return set(
            GroupCollectionPermission.objects.filter(group__name=name, collection=root).values_list(
                "permission__codename", flat=True
            )
        )

    assert {"add_image", "change_image", "choose_image", "choose_document"} <= codenames(
        roles.EDITOR
    )
    assert "delete_image" not in codenames(roles.EDITOR)
    assert {"delete_image", "delete_document"} <= codenames(roles.MODERATOR)
    assert codenames(roles.FORM_REVIEWER) == set()


def test_the_moderation_workflow_covers_the_whole_tree():
    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    assert workflow.active
    root = Page.get_first_root_node()
    assert root.specific.get_workflow() == workflow
    (task,) = [task.specific for task in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATOR]
    # Every page inherits it, the home page included.
    home = Page.objects.get(depth=2)
    assert home.get_workflow() == workflow


def test_snippet_permissions_are_granted_after_migrate():
    # The post_migrate handler ran when the test database was migrated.
    editor = Group.objects.get(name=roles.EDITOR)
    assert editor.permissions.filter(codename__in=["add_menu", "change_menu"]).count() == 2
    assert (
        not Group.objects.get(name=roles.FORM_REVIEWER)
        .permissions.filter(codename="change_menu")
        .exists()
    )


def test_snippet_permission_handler_is_idempotent_and_restores_missing_grants():
    editor = Group.objects.get(name=roles.EDITOR)
    editor.permissions.remove(*Permission.objects.filter(codename__endswith="_menu"))
    granted = grant_snippet_permissions([Menu])
    assert granted == 3  # add, change and delete, for the editors only
    assert set(
        editor.permissions.filter(codename__endswith="_menu").values_list("codename", flat=True)
    ) == {"add_menu", "change_menu", "delete_menu"}
    assert grant_snippet_permissions([Menu]) == 0
    assert grant_snippet_permissions() == 0


def test_publish_permission_only_for_moderators_on_snippets_with_drafts():
    drafts = [m for m in get_snippet_models() if issubclass(m, DraftStateMixin)]
    for model in drafts:
        codename = f"publish_{model._meta.model_name}"
        assert (
            Group.objects.get(name=roles.MODERATOR).permissions.filter(codename=codename).exists()
        )
        assert (
            not Group.objects.get(name=roles.EDITOR).permissions.filter(codename=codename).exists()
        )


def test_editors_and_moderators_may_request_translations():
    for name in (roles.EDITOR, roles.MODERATOR):
        assert (
            Group.objects.get(name=name).permissions.filter(codename="submit_translation").exists()
        )


def test_demo_and_factory_images_are_in_a_collection_editors_can_use(editor):
    from wagtail.images.permissions import permission_policy

    from core.factories import ImageFactory

    image = ImageFactory()
    for action in ("choose", "change"):
        assert permission_policy.user_has_permission_for_instance(editor, action, image)
