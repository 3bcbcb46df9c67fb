from django import template

register = template.Library()


@register.filter
def seats_left(occurrence, capacity):
    """``{{ occurrence|seats_left:page.capacity }}``: free seats, or None when unlimited."""
    return occurrence.seats_left(capacity)


@register.simple_tag
def masked(value, kind="name"):
    from core import privacy

    return {"name": privacy.mask_name, "phone": privacy.mask_phone, "email": privacy.mask_email}[
        kind
    ](value)
