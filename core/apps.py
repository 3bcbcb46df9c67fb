from django.apps import AppConfig


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "站点基础"

    def ready(self):
        from . import image_renditions, image_sizes, invalidation, lookups, signals  # noqa: F401

        invalidation.connect()
        lookups.install()
        image_renditions.connect()
        image_sizes.install()
