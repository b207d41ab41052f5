"""Head counts after verbs of giving work or gathering people, after "with us", with Baltic and Nordic
"more than" and the Icelandic staff noun; "more than N" never invents a range maximum."""

import pytest

from segdsl_enrich.headcount import employees_in_text


@pytest.mark.parametrize(("line", "count"), [
    ("Oggi la cantina dà lavoro a 12 persone tutto l'anno.", 12),
    ("Avui hi treballen 41 persones de manera estable.", 41),
    ("Hjá fyrirtækinu starfa 31 starfsmenn.", 31),
    ("Insgesamt arbeiten bei uns 27 Personen.", 27),
])
def test_exact_counts(line: str, count: int) -> None:
    assert employees_in_text(line) == {"employee_count": count, "employee_range_min": count, "employee_range_max": count}


@pytest.mark.parametrize("line", [
    "Šiuo metu dirba daugiau nei 150 darbuotojų.",
    "Uzņēmumā strādā vairāk nekā 150 darbinieku.",
    "Ettevõttes töötab rohkem kui 150 töötajat.",
    "Le bureau réunit aujourd'hui plus de 150 ingénieurs et techniciens.",
])
def test_more_than_has_no_maximum(line: str) -> None:
    assert employees_in_text(line) == {"employee_count": 150, "employee_range_min": 150}


def test_with_a_number_of_people_in_countries_is_not_read() -> None:
    assert employees_in_text("With 2,000 people in 12 countries, the group is a leader.") == {}
