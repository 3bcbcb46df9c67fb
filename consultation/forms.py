"""The public ask form (留言), with the honeypot and consent every public form has."""

from django import forms
from django.utils import timezone

from .models import Message, MessageCategory
from .models.messages import MOBILE_VALIDATOR

HONEYPOT_FIELD = "hp_homepage_url"


class AskForm(forms.ModelForm):
    consent = forms.BooleanField(
        label="同意个人信息保护说明",
        required=True,
        error_messages={"required": "请阅读《个人信息保护说明》并勾选同意后再提交。"},
    )
    hp_homepage_url = forms.CharField(
        label="请勿填写此项",
        required=False,
        max_length=255,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "hp-input"}
        ),
    )

    class Meta:
        model = Message
        fields = ["category", "title", "text", "name", "mobile", "email", "keep_private"]
        labels = {"keep_private": "不公开我的留言，答复只发到我的邮箱"}
        help_texts = {
            "category": "",
            "title": "一句话说明您的问题，60 字以内。",
            "text": "2000 字以内。请不要在留言中写身份证号、住址等个人信息。",
            "name": "公开时只显示姓氏，如“王**”。",
            "mobile": "仅工作人员可见，用于核实和联系，不会公开。",
            "email": "答复发布后我们会发邮件通知您；选择不公开时必填。",
            "keep_private": "",
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "mobile": forms.TextInput(
                attrs={"type": "tel", "autocomplete": "tel", "inputmode": "numeric"}
            ),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
        }
        error_messages = {
            "category": {"required": "请选择“类别”。", "invalid_choice": "请从列表中选择类别。"},
            "title": {"required": "请填写“标题”。", "max_length": "标题最多 60 个字。"},
            "text": {"required": "请填写“留言内容”。", "max_length": "留言内容最多 2000 个字。"},
            "name": {"required": "请填写“姓名”。", "max_length": "姓名最多 30 个字。"},
            "email": {"invalid": "请填写有效的电子邮箱，如 name@example.com。"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", "请选择"), *MessageCategory.choices]
        self.fields["mobile"].required = True
        self.fields["mobile"].validators = [MOBILE_VALIDATOR]
        self.fields["mobile"].error_messages["required"] = "请填写“手机号码”。"
        for field in self.fields.values():
            if field.required and not isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs.setdefault("required", "required")

    def clean_mobile(self):
        return "".join((self.cleaned_data.get("mobile") or "").split()).replace("-", "")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("keep_private") and not cleaned.get("email"):
            self.add_error("email", "选择不公开时，答复只能发到您的邮箱：请填写电子邮箱。")
        return cleaned

    def save(self, commit=True):
        message = super().save(commit=False)
        message.consent_at = timezone.now()
        if commit:
            message.save()
        return message

    def visible_fields_without_protection(self):
        return [f for f in self.visible_fields() if f.name not in ("consent", HONEYPOT_FIELD)]
