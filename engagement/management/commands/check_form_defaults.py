"""List stored form submissions that may carry the old default of an optional drop-down.

Until issue 12 an optional drop-down (e.g. 您所在的街道 of the satisfaction survey) opened
on its first option, so a resident who skipped it submitted that option. This lists, per
form and field, the submissions whose answer is the field's first option and that were
stored before ``--before`` (default: now), so the reviewers can treat those answers as
unknown. It prints ids, dates and counts only, never the answers' other contents.

    manage.py check_form_defaults [--before 2026-11-30] [--ids]
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.utils import get_field_clean_name

from engagement.models import FormField


def first_choice(field):
    from wagtail.contrib.forms.forms import FormBuilder

    choices = FormBuilder([]).get_formatted_field_choices(field)
    return choices[0][0] if choices else None


def suspect_submissions(before):
    """[(form page, field label, first option, [submissions])] in a fixed number of queries."""
    fields = (
        FormField.objects.filter(field_type="dropdown", required=False)
        .select_related("page")
        .order_by("page_id", "sort_order")
    )
    by_page = {}
    for field in fields:
        by_page.setdefault(field.page_id, []).append(field)
    if not by_page:
        return []
    submissions = FormSubmission.objects.filter(
        page_id__in=by_page, submit_time__lt=before
    ).order_by("submit_time")
    grouped = {}
    for submission in submissions:
        grouped.setdefault(submission.page_id, []).append(submission)
    report = []
    for page_id, page_fields in by_page.items():
        for field in page_fields:
            default = first_choice(field)
            if default is None:
                continue
            name = field.clean_name or get_field_clean_name(field.label)
            hits = [s for s in grouped.get(page_id, []) if s.form_data.get(name) == default]
            report.append((field.page, field.label, default, hits))
    return report


class Command(BaseCommand):
    help = "列出可能带有下拉框旧默认值（第一个选项）的表单提交。"

    def add_arguments(self, parser):
        parser.add_argument("--before", help="只看这一天（北京时间）之前的提交，格式 2026-11-30。")
        parser.add_argument("--ids", action="store_true", help="同时列出提交编号。")

    def handle(self, *args, **options):
        before = timezone.now()
        if options["before"]:
            try:
                day = datetime.date.fromisoformat(options["before"])
            except ValueError as error:
                raise CommandError("日期格式应为 2026-11-30。") from error
            before = timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
        report = suspect_submissions(before)
        total = 0
        for page, label, default, hits in report:
            total += len(hits)
            self.stdout.write(
                f"{page.title}（页面 {page.pk}）·“{label}”= {default}：{len(hits)} 条可能是旧默认值"
            )
            if options["ids"] and hits:
                self.stdout.write("  提交编号：" + "、".join(str(s.pk) for s in hits))
        self.stdout.write(f"共 {total} 条提交需要核对。")
