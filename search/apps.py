from django.apps import AppConfig


def teach_name(sender, instance, **kwargs):
    """Names of spaces, brands, promoters and books join the segmentation dictionary."""
    from . import dictionary

    if dictionary.is_name_model(type(instance)):
        dictionary.add_instance_name(instance)


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "站内搜索"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        from . import dictionary

        # A module-level receiver: signals hold weak references, and a function defined in
        # here would be collected as soon as ready() returned.
        page_published.connect(teach_name, dispatch_uid="search_dictionary_page")
        # Only the snippets whose names the dictionary learns, not every save of every model.
        for app_label, model_name in {(app, model) for app, model, _f in dictionary.NAME_SNIPPETS}:
            post_save.connect(
                teach_name,
                sender=f"{app_label}.{model_name}",
                dispatch_uid=f"search_dictionary_{app_label}_{model_name}",
            )
