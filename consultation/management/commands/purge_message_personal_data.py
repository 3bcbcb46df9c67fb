"""Delete the contact details of messages answered longer ago than the retention period."""

from django.core.management.base import BaseCommand

from consultation.retention import purge_personal_data, retention_days


class Command(BaseCommand):
    help = "删除答复已超过保存期限（MESSAGE_PERSONAL_DATA_RETENTION_DAYS）的留言的手机号码和邮箱，姓名只留首字。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只统计，不删除")

    def handle(self, *args, **options):
        count = purge_personal_data(dry_run=options["dry_run"])
        verb = "将删除" if options["dry_run"] else "已删除"
        self.stdout.write(f"{verb} {count} 条留言的联系方式（答复超过 {retention_days()} 天）。")
