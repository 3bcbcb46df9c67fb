"""大家常搜 for the demo: terms an editor would pick, in both languages."""

from .models import PopularSearchTerm

TERMS = {
    "zh-hans": ["亲子阅读", "24 小时书房", "书香家庭", "红楼梦", "阅读推广人", "读书会"],
    "en": ["family reading", "24-hour study", "book lists", "reading promoters"],
}


def load(ctx):
    for locale, terms in ((ctx.zh, TERMS["zh-hans"]), (ctx.en, TERMS["en"])):
        for order, term in enumerate(terms):
            _, created = PopularSearchTerm.objects.get_or_create(
                term=term, locale=locale, defaults={"sort_order": order}
            )
            if created:
                ctx.counts["常搜词"] += 1
