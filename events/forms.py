"""The booking form: name, mainland mobile, optional e-mail, places, the organiser's
questions, consent to the privacy notice, and a honeypot. Errors in Chinese, naming the field."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.privacy import MOBILE_RE

HONEYPOT_FIELD = "hp_homepage_url"
QUESTION_PREFIX = "q_"


def normalise_mobile(value):
    """Spaces, dashes and a +86 / 0086 prefix removed: ' +86 138-1234-5678' → 13812345678."""
    digits = re.sub(r"[\s\-()]", "", value or "")
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            digits = digits[len(prefix) :]
    return digits


class BookingForm(forms.Form):
    occurrence = forms.TypedChoiceField(
        label=_("场次"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("请选择场次。"),
            "invalid_choice": _("这个场次不能预约，请重新选择。"),
        },
    )
    name = forms.CharField(
        label=_("姓名"),
        max_length=40,
        error_messages={
            "required": _("请填写姓名。"),
            "max_length": _("姓名最多 %(limit_value)d 个字。"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("手机号"),
        max_length=20,
        help_text=_("用于核对预约；列表中只显示前三位和后四位。"),
        error_messages={
            "required": _("请填写手机号。"),
            "max_length": _("请填写 11 位手机号，如 13800000000。"),
        },
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "numeric"}
        ),
    )
    email = forms.EmailField(
        label=_("电子邮箱"),
        required=False,
        max_length=200,
        help_text=_("选填：填写后可收到确认邮件、活动前一天的提醒和候补通知。"),
        error_messages={"invalid": _("请填写有效的电子邮箱，如 name@example.com。")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    places = forms.TypedChoiceField(
        label=_("人数"),
        coerce=int,
        error_messages={
            "required": _("请选择人数。"),
            "invalid_choice": _("人数超出了每次可预约的名额。"),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "我已阅读并同意《个人信息保护说明》，同意本站为办理本次预约收集和使用我填写的信息。"
        ),
        error_messages={"required": _("请阅读《个人信息保护说明》并勾选同意后再提交。")},
    )
    hp_homepage_url = forms.CharField(
        label=_("请勿填写此项"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "hp-input"}
        ),
    )

    def __init__(self, *args, event, occurrences, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["occurrence"].choices = [(o.pk, o.pk) for o in occurrences]
        self.occurrences = {o.pk: o for o in occurrences}
        self.fields["places"].choices = [(n, n) for n in range(1, event.max_places + 1)]
        self.questions = []
        for index, block in enumerate(event.questions):
            name = f"{QUESTION_PREFIX}{index}"
            value = block.value
            label = value["label"]
            required = bool(value.get("required"))
            messages = {"required": _("请回答“%(label)s”。") % {"label": label}}
            if block.block_type == "choice":
                field = forms.ChoiceField(
                    label=label,
                    required=required,
                    choices=[(c, c) for c in value["choices"]],
                    widget=forms.RadioSelect,
                    error_messages={
                        **messages,
                        "invalid_choice": _("“%(label)s”的选项无效，请重新选择。")
                        % {"label": label},
                    },
                )
            else:
                field = forms.CharField(
                    label=label,
                    required=required,
                    max_length=200,
                    error_messages={
                        **messages,
                        "max_length": _("“%(label)s”最多 200 个字。") % {"label": label},
                    },
                )
            field.help_text = value.get("help_text") or ""
            self.fields[name] = field
            self.questions.append((name, label))

    def clean_phone(self):
        phone = normalise_mobile(self.cleaned_data["phone"])
        if not MOBILE_RE.match(phone):
            raise forms.ValidationError(
                _("请填写 11 位中国大陆手机号，如 13800000000。"), code="invalid"
            )
        return phone

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("请填写姓名。"), code="required")
        return name

    def answers(self):
        return [
            {"question": label, "answer": self.cleaned_data.get(name) or ""}
            for name, label in self.questions
        ]

    def question_fields(self):
        return [self[name] for name, _label in self.questions]


class PlacesForm(forms.Form):
    places = forms.TypedChoiceField(
        label=_("人数"),
        coerce=int,
        error_messages={"invalid_choice": _("人数超出了每次可预约的名额。")},
    )

    def __init__(self, *args, max_places, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["places"].choices = [(n, n) for n in range(1, max_places + 1)]
