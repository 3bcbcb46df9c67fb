"""The form builder and the protections every public form shares: honeypot, consent, limits."""

import django.forms
from django.core.validators import RegexValidator
from wagtail.contrib.forms.forms import FormBuilder

# A name no editor-made field can produce (clean names are ascii snake case from labels,
# and Chinese labels become "u59d3u540d"-style names).
HONEYPOT_FIELD = "hp_homepage_url"
CONSENT_FIELD = "privacy_consent"

MAX_SINGLELINE = 255
MAX_MULTILINE = 2000

PHONE_VALIDATOR = RegexValidator(
    r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$",
    "请填写有效的手机号码或固定电话，如 13800000000 或 010-66000000。",
)


class PublicFormBuilder(FormBuilder):
    """Wagtail's builder with length limits, a phone-number type, a rating type and error
    messages that name the field, in Chinese."""

    def get_field_options(self, field):
        options = super().get_field_options(field)
        choosing = field.field_type in CHOICE_TYPES
        options["error_messages"] = {
            "required": f"请{'选择' if choosing else '填写'}“{field.label}”。",
            "invalid_choice": f"“{field.label}”的选项无效，请从列表中选择。",
            "max_length": f"“{field.label}”最多 %(limit_value)d 个字（现在 %(show_value)d 个）。",
        }
        return options

    def create_dropdown_field(self, field, options):
        """Starts on an empty “请选择”: a list that opens on its first option records that
        option for everyone who skips it (the survey stored 西长安街 for every answer)."""
        options["choices"] = [EMPTY_CHOICE, *self.get_formatted_field_choices(field)]
        return django.forms.ChoiceField(**options)

    def create_singleline_field(self, field, options):
        options["max_length"] = MAX_SINGLELINE
        return django.forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options.setdefault("widget", django.forms.Textarea(attrs={"rows": 5}))
        options["max_length"] = MAX_MULTILINE
        return django.forms.CharField(**options)

    def create_phone_field(self, field, options):
        options["max_length"] = 20
        options["validators"] = [PHONE_VALIDATOR]
        options.setdefault(
            "widget", django.forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
        )
        return django.forms.CharField(**options)

    def create_rating_field(self, field, options):
        """Five levels of satisfaction, from 非常满意 to 非常不满意, as radio buttons."""
        custom = [
            (value, label) for value, label in self.get_formatted_field_choices(field) if value
        ]
        options["choices"] = custom or RATING_CHOICES
        return django.forms.ChoiceField(widget=django.forms.RadioSelect, **options)

    def create_email_field(self, field, options):
        options.setdefault("widget", django.forms.EmailInput(attrs={"autocomplete": "email"}))
        options["max_length"] = MAX_SINGLELINE
        options["error_messages"]["invalid"] = "请填写有效的电子邮箱，如 name@example.com。"
        return django.forms.EmailField(**options)

    def create_number_field(self, field, options):
        options["error_messages"]["invalid"] = f"“{field.label}”请填写数字，如 12。"
        options["max_digits"] = 12
        options["error_messages"]["max_digits"] = "数字太大了，请检查。"
        return django.forms.DecimalField(**options)


EMPTY_CHOICE = ("", "请选择")

CHOICE_TYPES = {"dropdown", "multiselect", "radio", "checkboxes", "checkbox", "rating"}

RATING_CHOICES = [(label, label) for label in ("非常满意", "满意", "一般", "不满意", "非常不满意")]


def add_protection_fields(form, *, consent_label, consent_required):
    """The honeypot (kept empty by people, filled by bots) and the consent checkbox."""
    form.fields[HONEYPOT_FIELD] = django.forms.CharField(
        label="请勿填写此项",
        required=False,
        max_length=MAX_SINGLELINE,
        widget=django.forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "hp-input"}
        ),
    )
    if consent_required:
        form.fields[CONSENT_FIELD] = django.forms.BooleanField(
            label="同意个人信息保护说明",
            help_text=consent_label,
            required=True,
            error_messages={"required": "请阅读《个人信息保护说明》并勾选同意后再提交。"},
        )
    return form
