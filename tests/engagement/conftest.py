import pytest

from engagement.demo import FORMS, SIGNUP_FORM
from engagement.factories import FormPageFactory, add_fields
from home.factories import StandardPageFactory
from tests.shared_data import SharedData


class SharedForms(SharedData):
    """The privacy notice and the demo forms, built once per process (tests/shared_data.py)."""

    fixture = "forms"

    def build(self):
        from wagtail.models import Site

        return build_form_pages(Site.objects.get(is_default_site=True).root_page.specific)


SHARED_FORMS = SharedForms()


_shared_forms = SHARED_FORMS.session_fixture()


@pytest.fixture
def _form_pages(_shared_forms, db, home):
    if not _shared_forms.is_open:
        return build_form_pages(home)
    pages = _shared_forms.value
    for page in [pages["privacy"], *pages["forms"].values()]:
        page.refresh_from_db()
    return pages


@pytest.fixture
def privacy(request, home):
    if "forms" in request.fixturenames:
        return request.getfixturevalue("_form_pages")["privacy"]
    return make_privacy(home)


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
