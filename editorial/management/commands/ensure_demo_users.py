from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from editorial import demo_users


class Command(BaseCommand):
    help = "创建演示用的管理员账号（已存在时不做改动）。"

    def add_arguments(self, parser):
        parser.add_argument("--admin-user", default="admin")
        parser.add_argument("--admin-password", default="shuxiang-admin-2026")

    def handle(self, *args, admin_user, admin_password, **options):
        User = get_user_model()
        if not User.objects.filter(username=admin_user).exists():
            User.objects.create_superuser(admin_user, f"{admin_user}@example.org", admin_password)
            self.stdout.write(self.style.SUCCESS(f"已创建管理员 {admin_user}"))
        # Editors, moderators and the other demo roles, for walking the editorial workflow.
        for line in demo_users.ensure():
            self.stdout.write(line)
