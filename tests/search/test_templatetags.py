"""The filters' options of the search page."""

import datetime

from django.template import engines

from mediacompare.search.selectors import day_label
from mediacompare.search.templatetags.search_options import options


def test_options_are_escaped_and_the_chosen_one_is_selected():
    html = options([("a", "Plain"), ("b<", 'Say "hi" & <b>bye</b>')], "b<")
    assert html == (
        '<option value="a">Plain</option>'
        '<option value="b&lt;" selected>Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;</option>'
    )
    assert options([("a", "Plain")], None) == '<option value="a">Plain</option>'


def test_the_day_is_written_as_the_date_filter_writes_it():
    template = engines["django"].from_string('{{ day|date:"j M Y" }}')
    for day in (datetime.date(2017, 11, 5), datetime.date(2021, 5, 31), datetime.date(1999, 9, 1)):
        assert day_label(day) == template.render({"day": day})
