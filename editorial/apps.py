from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EditorialConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = "编辑流程"

    def ready(self):
        from .signals import on_post_migrate

        # Once per migrate, after this app's migrations (and the groups) exist.
        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="editorial-snippet-perms")
