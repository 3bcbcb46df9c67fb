from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, make_backup


class Command(BaseCommand):
    help = "备份数据库和媒体文件（含清单与 SHA-256 校验和），见 docs/deployment.md。"

    def add_arguments(self, parser):
        parser.add_argument("--output", help="备份目录（默认 var/backups/<时间>/，必须不存在）")

    def handle(self, *args, output=None, **options):
        try:
            folder = make_backup(output)
        except (BackupError, FileExistsError) as error:
            raise CommandError(str(error))
        self.stdout.write(self.style.SUCCESS(f"备份完成：{folder}"))
        self.stdout.write(str(folder))
