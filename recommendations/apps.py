from django.apps import AppConfig


class RecommendationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "recommendations"
    verbose_name = "好书推荐与书单"

    def ready(self):
        from . import signals

        signals.connect()
