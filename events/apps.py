from django.apps import AppConfig


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = "阅读活动"

    def ready(self):
        from events import signals

        signals.connect()
