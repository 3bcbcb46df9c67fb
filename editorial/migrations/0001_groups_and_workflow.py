"""Every installation gets the three editorial groups and the 审核发布 workflow on the whole tree.

Self-contained on purpose (historical models, names copied from editorial.roles at the time
of writing) so later changes to the app do not rewrite what this migration did.
"""

from django.db import migrations

EDITOR, MODERATOR, FORM_REVIEWER = "编辑", "审核", "表单审阅"
WORKFLOW_NAME, TASK_NAME = "审核发布", "审核"

PAGE_PERMISSIONS = {
    EDITOR: ["add", "change", "lock"],
    MODERATOR: ["add", "change", "publish", "lock", "unlock", "bulk_delete"],
    FORM_REVIEWER: [],
}
COLLECTION_PERMISSIONS = {
    EDITOR: ["add", "change", "choose"],
    MODERATOR: ["add", "change", "delete", "choose"],
    FORM_REVIEWER: [],
}
PAGE_PERMISSION_NAMES = {
    "add": "Can add page",
    "change": "Can change page",
    "publish": "Publish any page",
    "lock": "Lock/unlock pages you've locked",
    "unlock": "Unlock any page",
    "bulk_delete": "Delete pages with children",
}


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return perm


def create_groups_and_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    access_admin = permission(
        apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
    )
    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()

    groups = {}
    for name in (EDITOR, MODERATOR, FORM_REVIEWER):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[name] = group
        if root_page is not None:
            for action in PAGE_PERMISSIONS[name]:
                perm = permission(
                    apps, "wagtailcore", "page", f"{action}_page", PAGE_PERMISSION_NAMES[action]
                )
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=perm
                )
        if root_collection is not None:
            for model in ("image", "document"):
                app_label = "wagtailimages" if model == "image" else "wagtaildocs"
                for action in COLLECTION_PERMISSIONS[name]:
                    perm = permission(
                        apps, app_label, model, f"{action}_{model}", f"Can {action} {model}"
                    )
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=perm
                    )

    if root_page is None:
        return
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME, content_type=task_type, active=True
        )
    task.groups.add(groups[MODERATOR])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    previous = WorkflowPage.objects.filter(page=root_page).select_related("workflow").first()
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    # Wagtail's own "Moderators approval" default no longer applies anywhere: retire it so
    # editors see one workflow only.
    if previous and previous.workflow_id != workflow.pk:
        old = previous.workflow
        if not WorkflowPage.objects.filter(workflow=old).exists():
            old.active = False
            old.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("home", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(create_groups_and_workflow, migrations.RunPython.noop)]
