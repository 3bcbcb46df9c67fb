"""Vocabularies shared by several content areas."""

from django.utils.translation import gettext_lazy as _

# Xicheng District's 15 sub-districts (街道), in the district's own order. Reading spaces,
# promoters and the home page's finder form all use these keys.
SUBDISTRICTS = [
    ("xichangan", _("西长安街")),
    ("xinjiekou", _("新街口")),
    ("yuetan", _("月坛")),
    ("zhanlanlu", _("展览路")),
    ("desheng", _("德胜")),
    ("jinrongjie", _("金融街")),
    ("shichahai", _("什刹海")),
    ("dashilan", _("大栅栏")),
    ("tianqiao", _("天桥")),
    ("chunshu", _("椿树")),
    ("taoranting", _("陶然亭")),
    ("guanganmennei", _("广安门内")),
    ("niujie", _("牛街")),
    ("baizhifang", _("白纸坊")),
    ("guanganmenwai", _("广安门外")),
]


def labels(choices, codes):
    """The labels of ``codes`` in the order of ``choices``; unknown codes are skipped."""
    wanted = set(codes or ())
    return [label for code, label in choices if code in wanted]
