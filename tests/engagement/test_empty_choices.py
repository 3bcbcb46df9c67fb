"""Drop-downs start empty (issue 12, item 5): the survey stored 西长安街 for everyone who
skipped the optional 您所在的街道; check_form_defaults lists answers that may be that default."""

import io

import pytest
from django.core.management import call_command
from wagtail.contrib.forms.models import FormSubmission

pytestmark = pytest.mark.django_db

STREET = "u60a8u6240u5728u7684u8857u9053"  # clean name of 您所在的街道


def survey_data(page, client, **answers):
    form = page.get_form(page=page, user=None)
    data = {}
    for name, field in form.fields.items():
        if name == "hp_homepage_url":
            continue
        if getattr(field, "choices", None) and field.required:
            data[name] = [v for v, _ in field.choices if v][0]
    data.update(answers)
    return data


def test_optional_street_starts_empty_and_is_not_recorded_when_skipped(client, forms):
    survey = forms["survey"]
    html = client.get(survey.url).content.decode()
    select = html[html.index(f'name="{STREET}"') :]
    select = select[: select.index("</select>")]
    first_option = select[select.index("<option") : select.index("</option>")]
    assert 'value=""' in first_option and "请选择" in first_option
    assert "西长安街" in select and 'value="西长安街" selected' not in select

    response = client.post(survey.url, survey_data(survey, client))
    assert response.status_code == 200
    submission = FormSubmission.objects.get(page=survey)
    assert submission.form_data.get(STREET) in ("", None)


def test_a_required_drop_down_asks_for_a_choice(forms):
    signup = forms["signup"]
    form = signup.get_form(page=signup, user=None)
    street = next(f for f in form.fields.values() if getattr(f, "choices", None) and f.required)
    assert list(street.choices)[0] == ("", "请选择")


def test_check_form_defaults_lists_possible_old_defaults(forms):
    survey = forms["survey"]
    FormSubmission.objects.create(page=survey, form_data={STREET: "西长安街"})
    FormSubmission.objects.create(page=survey, form_data={STREET: "德胜街道"})
    FormSubmission.objects.create(page=survey, form_data={STREET: ""})
    out = io.StringIO()
    call_command("check_form_defaults", "--ids", stdout=out)
    text = out.getvalue()
    assert "“您所在的街道”= 西长安街：1 条" in text
    assert "共 1 条" in text
