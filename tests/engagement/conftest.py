import pytest

from engagement.demo import FORMS, SIGNUP_FORM
from engagement.factories import FormPageFactory, add_fields
from home.factories import StandardPageFactory
from tests.shared_data import SharedData, default_home


class SharedForms(SharedData):
    """The privacy notice and the demo forms, built once per process (tests/shared_data.py)."""

    fixture = "forms"
    reader = "_form_pages"

    def build(self):
        return build_form_pages(default_home())

    def refresh(self, value):
        for page in [value["privacy"], *value["forms"].values()]:
            page.refresh_from_db()


SHARED_FORMS = SharedForms()


_shared_forms = SHARED_FORMS.session_fixture()


@pytest.fixture
def _form_pages(_shared_forms, db):
    return _shared_forms.current()


@pytest.fixture
def privacy(request, home):
    return SHARED_FORMS.part(request, "privacy", lambda: make_privacy(home))


@pytest.fixture
def forms(_form_pages):
    """The demo forms (the four public ones and the campaign sign-up), keyed by kind."""
    return _form_pages["forms"]


def build_form_pages(home):
    return {"privacy": make_privacy(home), "forms": make_forms(home)}


def make_privacy(home):
    page = StandardPageFactory(parent=home, slug="privacy", title="个人信息保护说明")
    page.save_revision().publish()
    return page


def make_forms(home):
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
