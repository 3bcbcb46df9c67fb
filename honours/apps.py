from django.apps import AppConfig


class HonoursConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "honours"
    verbose_name = "光荣榜"
