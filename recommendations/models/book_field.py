"""The foreign key pages use to choose a book (a recommendation's book, a list's items)."""

from django.db import models


def book_field(related_name="+", label="图书", help_text=""):
    return models.ForeignKey(
        "recommendations.Book",
        verbose_name=label,
        null=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        help_text=help_text,
    )
