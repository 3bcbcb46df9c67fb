import factory

from core.factories import PageFactory
from engagement.models import FormField, FormKind, FormPage


class FormPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"表单 {n}")
    kind = FormKind.FEEDBACK
    intro = ""
    thank_you_title = "提交成功，谢谢您！"
    thank_you_text = "<p>我们会在 5 个工作日内处理。</p>"

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(FormPageFactory)
    label = factory.Sequence(lambda n: f"字段 {n}")
    field_type = "singleline"
    required = True
    sort_order = factory.Sequence(int)

    class Meta:
        model = FormField


def add_fields(page, fields):
    """Give ``page`` its fields: (label, field_type, required, choices, help_text) tuples."""
    for order, (label, field_type, required, choices, help_text) in enumerate(fields):
        FormField.objects.create(
            page=page,
            sort_order=order,
            label=label,
            field_type=field_type,
            required=required,
            choices=choices,
            help_text=help_text,
        )
    return page
