"""Delete form submissions older than FORM_SUBMISSION_RETENTION_DAYS (run daily from cron)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from core.audit import audit


class Command(BaseCommand):
    help = "删除超过保存期限（FORM_SUBMISSION_RETENTION_DAYS 天）的表单提交，并记入站点历史。"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="保存天数（默认取设置）")
        parser.add_argument("--dry-run", action="store_true", help="只统计，不删除")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = days if days is not None else settings.FORM_SUBMISSION_RETENTION_DAYS
        if days < 1:
            raise CommandError("保存天数必须至少为 1。")
        cutoff = timezone.now() - timedelta(days=days)
        old = FormSubmission.objects.filter(submit_time__lt=cutoff)
        by_page = {}
        for page_id in old.values_list("page_id", flat=True):
            by_page[page_id] = by_page.get(page_id, 0) + 1
        total = sum(by_page.values())
        if dry_run:
            self.stdout.write(f"将删除 {total} 条 {days} 天前的表单提交（未删除）。")
            return
        from wagtail.models import Page

        for page in Page.objects.filter(pk__in=by_page):
            FormSubmission.objects.filter(page=page, submit_time__lt=cutoff).delete()
            audit(page, "sxc.submissions_purge", data={"count": by_page[page.pk], "days": days})
        self.stdout.write(self.style.SUCCESS(f"已删除 {total} 条 {days} 天前的表单提交。"))
