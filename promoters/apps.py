from django.apps import AppConfig


class PromotersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "promoters"
    verbose_name = "阅读推广人"
