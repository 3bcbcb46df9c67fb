from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EditorialConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = "编辑流程"

    def ready(self):
        from django.apps import apps
        from wagtail.models import get_page_models

        from .prepublish import install
        from .signals import on_post_migrate

        # Before any admin request builds a form: every page type's and the opted-in
        # snippets' admin forms check personal data and forbidden words on publish.
        install(get_page_models(), apps.get_models())

        # Once per migrate, after this app's migrations (and the groups) exist.
        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="editorial-snippet-perms")
