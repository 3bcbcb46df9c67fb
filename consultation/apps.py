from django.apps import AppConfig


class ConsultationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "consultation"
    verbose_name = "留言咨询"

    def ready(self):
        from . import signals  # noqa: F401  (answer published → e-mail, cache purge)
        from .admin_views import AnswerAdminForm
        from .models import Answer

        # Before editorial.ready() adds the pre-publish check to it (PROJECT_APPS order).
        Answer.base_form_class = AnswerAdminForm
