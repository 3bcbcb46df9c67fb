import sys

from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, restore_backup, verify


class Command(BaseCommand):
    help = "从 `manage.py backup` 的目录恢复数据库和媒体文件（先校验，再覆盖）。"

    def add_arguments(self, parser):
        parser.add_argument("folder", help="备份目录")
        parser.add_argument("--yes", action="store_true", help="不再询问，直接覆盖当前数据")
        parser.add_argument("--check", action="store_true", help="只校验备份，不恢复")

    def handle(self, *args, folder, yes=False, check=False, **options):
        try:
            manifest = verify(folder)
            if check:
                self.stdout.write(
                    self.style.SUCCESS(f"校验通过：{folder}（{manifest['created']}）")
                )
                return
            if not yes and not sys.stdin.isatty():
                raise CommandError("非交互运行时请加 --yes（make restore YES=1）。")
            if not yes and input("这会覆盖当前数据库和媒体文件。继续？输入 yes：").strip() != "yes":
                raise CommandError("已取消。")
            restore_backup(folder)
        except BackupError as error:
            raise CommandError(str(error))
        self.stdout.write(self.style.SUCCESS(f"已从 {folder}（{manifest['created']}）恢复。"))
