"""The 答复 group (answers residents' messages; the only group that sees their contact
details) and the 审核发布 workflow on answers, so every answer is approved by 审核.

Self-contained (historical models, names copied) like editorial's 0001.
"""

from django.db import migrations

REPLIER, MODERATOR = "答复", "审核"
WORKFLOW_NAME = "审核发布"

REPLIER_PERMISSIONS = {
    "message": ["view", "add", "change", "delete"],
    "answer": ["view", "add", "change", "lock"],
    "workdayoverride": ["view", "add", "change", "delete"],
}
MODERATOR_PERMISSIONS = {"answer": ["view", "change", "publish", "lock", "unlock"]}
MODEL_NAMES = {"message": "留言", "answer": "答复", "workdayoverride": "节假日与调休"}


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return perm


def grant(apps, group, table):
    for model, actions in table.items():
        for action in actions:
            group.permissions.add(
                permission(
                    apps, "consultation", model, f"{action}_{model}", f"Can {action} {MODEL_NAMES[model]}"
                )
            )


def create_group_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    replier, _ = Group.objects.get_or_create(name=REPLIER)
    replier.permissions.add(
        permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    )
    grant(apps, replier, REPLIER_PERMISSIONS)
    moderator = Group.objects.filter(name=MODERATOR).first()
    if moderator is not None:
        grant(apps, moderator, MODERATOR_PERMISSIONS)

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is not None:
        answer_type, _ = ContentType.objects.get_or_create(app_label="consultation", model="answer")
        WorkflowContentType.objects.update_or_create(
            content_type=answer_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("consultation", "0001_initial"),
        ("editorial", "0001_groups_and_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_group_and_workflow, migrations.RunPython.noop)]
