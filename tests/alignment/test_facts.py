from mediacompare.alignment.facts import facts, size


def test_numbers_and_dates_agree_across_scripts() -> None:
    en = facts("The December 9-10 event will include 110 invitees.")
    ru = facts("Саммит пройдёт 9-10 декабря, приглашены 110 стран.")
    zh = facts("将于12月9日至10日举行的峰会，共有110个国家受邀。")
    ar = facts("القمة في ديسمبر بمشاركة ١١٠ دولة")
    assert en.numbers == ru.numbers == zh.numbers == {"9", "10", "12", "110"}
    assert {"12", "110"} <= ar.numbers


def test_names_agree_between_latin_and_cyrillic() -> None:
    en = facts("Ambassador Anatoly Antonov wrote in The National Interest.")
    ru = facts("Посол Анатолий Антонов написал статью.")
    assert {"antnv", "antl"} <= en.names & ru.names
    assert not facts("China and Russia are firmly opposed.").names & facts("Biden spoke.").names


def test_size_counts_a_cjk_character_as_three_letters() -> None:
    assert size("中国") == 6.0
    assert size("ab cd") == 4.0
