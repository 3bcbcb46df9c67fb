"""What the home page shows below the hero, in a fixed number of queries."""

from wagtail.models import Page

from core.visibility import public_pages


def sections(page):
    """What the home page shows below the hero, in a fixed number of queries."""
    from articles.queries import latest_articles
    from brands.queries import brands_for_home
    from campaigns.queries import current_campaign
    from events.queries import upcoming_events
    from honours.queries import latest_roll
    from recommendations.queries import latest_book_list

    brand_keys = [
        link.brand.translation_key
        for link in page.home_brands.select_related("brand")
        if link.brand_id
    ]
    return {
        "more": section_indexes(page),
        "campaign": current_campaign(page.locale_id, page.featured_campaign_id),
        "articles": latest_articles(page.locale_id, page.article_count, page.pinned_article_id)
        if page.article_count
        else [],
        "book_list": latest_book_list(page.locale_id, page.featured_book_list_id),
        "brands": brands_for_home(page.locale_id, brand_keys),
        "honour_roll": latest_roll(page.locale_id, page.featured_honour_roll_id),
        "events": upcoming_events(locale=page.locale, limit=3),
    }


def section_indexes(page):
    """The index pages the sections link to ("more"), by model name, in one query."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    labels = {
        "articles": "articles.ArticleIndexPage",
        "brands": "brands.ReadingBrandIndexPage",
        "campaigns": "campaigns.CampaignIndexPage",
        "honours": "honours.HonourRollIndexPage",
        "book_lists": "recommendations.RecommendationIndexPage",
        "events": "events.EventIndexPage",
        "spaces": "spaces.ReadingSpaceIndexPage",
    }
    models_by_name = {name: apps.get_model(label) for name, label in labels.items()}
    types = ContentType.objects.get_for_models(*models_by_name.values())
    name_for_type = {types[model].pk: name for name, model in models_by_name.items()}
    found = {}
    for index_page in public_pages(Page.objects.child_of(page)).filter(
        content_type_id__in=name_for_type
    ):
        found.setdefault(name_for_type[index_page.content_type_id], index_page)
    return found
