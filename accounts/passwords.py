"""Password complexity beyond Django's validators: letters and digits together."""

from django.core.exceptions import ValidationError


class LettersAndDigitsValidator:
    def validate(self, password, user=None):
        if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
            raise ValidationError("密码必须同时包含字母和数字。", code="password_letters_digits")

    def get_help_text(self):
        return "密码必须同时包含字母和数字。"
