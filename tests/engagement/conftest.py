import pytest

from engagement.demo import FORMS, SIGNUP_FORM
from engagement.factories import FormPageFactory, add_fields
from home.factories import StandardPageFactory


@pytest.fixture
def privacy(home):
    page = StandardPageFactory(parent=home, slug="privacy", title="个人信息保护说明")
    page.save_revision().publish()
    return page


@pytest.fixture
def forms(home, privacy):
    """The demo forms (the four public ones and the campaign sign-up), keyed by kind."""
    pages = {}
    for spec in [*FORMS, SIGNUP_FORM]:
        spec = dict(spec)
        slug, fields = spec.pop("slug"), spec.pop("fields")
        page = FormPageFactory(parent=home, slug=slug, **spec)
        add_fields(page, fields)
        page.save_revision().publish()
        page.refresh_from_db()
        pages[str(spec["kind"])] = page
    return pages
