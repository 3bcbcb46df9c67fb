from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "站内搜索"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        from . import dictionary

        def teach_name(sender, instance, **kwargs):
            if dictionary.is_name_model(type(instance)):
                dictionary.add_instance_name(instance)

        page_published.connect(teach_name, dispatch_uid="search_dictionary_page")
        post_save.connect(teach_name, dispatch_uid="search_dictionary_snippet")
