from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


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
        for extra in self.extra_users():
            self.stdout.write(extra)

    def extra_users(self):
        """Other apps (editorial) add their demo accounts through this hook."""
        from importlib import import_module
        from importlib.util import find_spec

        lines = []
        if find_spec("editorial.demo_users") is not None:
            lines.extend(import_module("editorial.demo_users").ensure())
        return lines
