"""Password-reset requests are audited; the one-time code form for two-factor sign-in."""

from django import forms
from wagtail.admin.forms.auth import PasswordResetForm

from core.audit import audit


class AuditedPasswordResetForm(PasswordResetForm):
    """Each account a reset e-mail is sent to gets a site-history entry (no link, no address)."""

    def save(self, *args, **kwargs):
        for user in self.get_users(self.cleaned_data["email"]):
            audit(user, "sxc.password_reset_request")
        return super().save(*args, **kwargs)


class TokenForm(forms.Form):
    token = forms.RegexField(
        label="验证码",
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": "请输入验证器应用显示的 6 位数字。"},
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "maxlength": 8}
        ),
        help_text="打开手机上的验证器应用（如 Microsoft Authenticator、FreeOTP），输入“书香西城”显示的 6 位数字。",
    )

    def clean_token(self):
        return self.cleaned_data["token"].strip()
