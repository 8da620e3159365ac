import pytest

from mediacompare.coverage.bylines import normalise_byline


@pytest.mark.parametrize(
    ("pasted", "stored"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe", "Jane Doe"),
        ("BY: AFP.", "AFP"),
        ("By - TASS", "TASS"),
        ("  Jane Doe ,  ", "Jane Doe"),
        ("By\u00a0Jane\n Doe;", "Jane Doe"),
        ("Jane Doe and John Roe.", "Jane Doe and John Roe"),
        ("Reuters |", "Reuters"),
        ("By", ""),
        ("", ""),
        # Names and parts of names stay.
        ("Byron Smith", "Byron Smith"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("Sputnik (wire copy)", "Sputnik (wire copy)"),
        ("房伊媚", "房伊媚"),
        ("Written by Jane Doe", "Written by Jane Doe"),
    ],
)
def test_bylines_keep_the_names_only(pasted, stored):
    assert normalise_byline(pasted) == stored
