"""Books go through the same 审核发布 workflow as pages (docs/editor-guide.md, 图书的规则).

Self-contained like 0001: the workflow is found by its name at the time of writing.
"""

from django.db import migrations

WORKFLOW_NAME = "审核发布"


def books_in_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        return
    book_type, _ = ContentType.objects.get_or_create(app_label="recommendations", model="book")
    WorkflowContentType.objects.get_or_create(
        content_type=book_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_default_freshness_limits"),
        ("wagtailcore", "0083_workflowcontenttype"),
        ("recommendations", "0002_borrow_from_reading_spaces"),
    ]

    operations = [migrations.RunPython(books_in_workflow, migrations.RunPython.noop)]
