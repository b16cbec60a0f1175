"""Header zone and body sections: the line-shape rules, one behaviour per test."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.parser.fields import is_heading_like
from articlecli.render import to_text

BODY = "\n\nBy Jane Doe\n\nMarch 19, 2025\n\nThe council met on Tuesday.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Stocks Hit Record Highs Today",
        "Jobs Report Brings Good News",
        "Fed Chair Faces Senate Review",
    ],
)
def test_a_headline_shaped_like_a_newspaper_name_is_still_the_headline(headline: str) -> None:
    # These look like a newspaper's name (title case, ending in "Today", "News"...), but
    # no headline follows them, so they are the headline.
    article = parse(headline + BODY)
    assert article.headline == headline
    assert article.publication is None
    assert article.lines["headline"] == 1
    assert "AC101" not in [w.code for w in article.warnings]


def test_a_newspaper_name_above_the_headline_is_the_publication() -> None:
    article = parse("The Daily Times\n\nCouncil Votes on Budget" + BODY)
    assert (article.headline, article.publication) == ("Council Votes on Budget", "The Daily Times")
    assert (article.lines["publication"], article.lines["headline"]) == (1, 3)


def test_a_labelled_publication_is_never_moved_to_the_headline() -> None:
    article = parse("Publisher: The Daily News" + BODY)
    assert article.headline is None
    assert article.publication == "The Daily News"


@pytest.mark.parametrize(
    "line",
    [
        "Energy grid truce",
        "Kyiv, Europe left out?",
        "...And hockey",
        "'Cessation' of Ukraine aid",
        "What comes next",
    ],
)
def test_heading_like(line: str) -> None:
    assert is_heading_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "Trump had hinted at Ukraine giving up territory.",  # a sentence
        "It had hung in the museum for sixty years.",
        "Nobody expected that!",
        "The vote was close;",
        "(Reporting by Jane Doe; Editing by Tom Roe)",  # an aside in parentheses
        "(Additional reporting by Ann Lee)",
        "[Photo gallery]",
        "",
        # Chinese and Japanese sentences that open with a number, their marks full width.
        "11月17日晚上，港口新码头正式启用，市民纷纷前来参观。",
        "2018年，港口新码头正式启用，",
        "5日、新しい埠頭が開いた！",
    ],
)
def test_not_heading_like(line: str) -> None:
    assert not is_heading_like(line)


def test_a_credits_line_in_parentheses_is_the_wires_credit() -> None:
    # It used to become a heading with no paragraphs (and an "empty-section" error), then
    # a paragraph; it is the wire's closing credit, as it is without the parentheses.
    article = parse(
        "Storm Hits Coast" + BODY + "\nMore rain is expected.\n\n"
        "(Reporting by Jane Doe; Editing by Tom Roe)\n"
    )
    assert [s.heading for s in article.sections] == [None]
    assert article.paragraphs[-1] == "More rain is expected."
    assert article.authors == ("Jane Doe",)
    assert article.boilerplate == ("(Reporting by Jane Doe; Editing by Tom Roe)",)
    assert "AC108" not in [w.code for w in article.warnings]


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        # A flattened page ran the wire's credit onto the story's last sentence.
        ("More rain is expected. (Reporting by Jane Doe; Editing by Tom Roe)", ("Jane Doe",)),
        # An aside in brackets that credits no one stays.
        ("More rain is expected. (The river rose by a metre.)", ()),
    ],
)
def test_a_wires_credit_run_onto_the_last_sentence(last: str, authors: tuple[str, ...]) -> None:
    article = parse(f"Storm Hits Coast\n\nBy Reuters\n\nThe storm hit at dawn.\n\n{last}\n")
    assert article.authors == authors
    if authors:
        assert article.paragraphs[-1] == "More rain is expected."
        assert article.boilerplate == ("(Reporting by Jane Doe; Editing by Tom Roe)",)
    else:
        assert article.paragraphs[-1] == last


@pytest.mark.parametrize(
    "story",
    [
        # A wire's note on its update, over the story or run onto its first sentence.
        "(Adds background in paragraphs 5-6)\n\nMOSCOW, Feb 10 (Reuters) - The storm hit.",
        "(Adds background in paragraphs 5-6) MOSCOW, Feb 10 (Reuters) - The storm hit.",
        "(Updates with the minister's comments)\n\nMOSCOW, Feb 10 (Reuters) - The storm hit.",
    ],
)
def test_a_wires_update_note_is_set_aside(story: str) -> None:
    article = parse(f"Storm Hits Coast\n\n{story}\n")
    assert (article.dateline, article.paragraphs) == ("MOSCOW", ("The storm hit.",))
    assert article.boilerplate[0].startswith(("(Adds", "(Updates"))


@pytest.mark.parametrize(
    "paragraph",
    [
        "(Adding to the damage, the river rose.) The storm hit.",
        "(Changes in the law took effect in May.) The storm hit.",  # a noun, no wire's verb
        "(Changes in the law took effect in May.)",
    ],
)
def test_a_paragraph_in_brackets_that_opens_otherwise_stays(paragraph: str) -> None:
    text = f"Storm Hits Coast\n\nThe river rose.\n\n{paragraph}\n"
    assert parse(text).paragraphs == ("The river rose.", paragraph)


def test_a_short_sentence_between_paragraphs_is_a_paragraph() -> None:
    article = parse("Storm Hits Coast" + BODY + "\nIt rained.\n\nThe river rose.\n")
    assert [s.heading for s in article.sections] == [None]
    assert article.paragraphs == ("The council met on Tuesday.", "It rained.", "The river rose.")


def test_a_question_heads_the_paragraphs_after_it() -> None:
    article = parse("Storm Hits Coast" + BODY + "\nWhat now?\n\nThe river rose.\n")
    assert [(s.heading, len(s.paragraphs)) for s in article.sections] == [
        (None, 1),
        ("What now?", 1),
    ]


def test_a_title_case_headline_ending_in_press_is_not_a_newspaper() -> None:
    article = parse("Kremlin Slams Western Press\n\nEnergy grid truce\n\nTalks ended early.\n")
    assert article.headline == "Kremlin Slams Western Press"
    assert article.publication is None
    assert article.sections[0].heading == "Energy grid truce"


def test_links_to_other_stories_after_the_article_are_boilerplate() -> None:
    dump = (
        "Harbour Ferry Returns\n\nBy Jane Doe\n\n"
        "The ferry sailed again on Monday after a week in dock.\n\n"
        "Most read\n\nCouncil Approves New Budget\n\nStorm Closes Mountain Pass\n\n"
        "Museum Finds Lost Painting\n"
    )
    article = parse(dump)
    assert article.paragraphs == ("The ferry sailed again on Monday after a week in dock.",)
    assert [s.heading for s in article.sections] == [None]
    assert article.boilerplate == (
        "Most read",
        "Council Approves New Budget",
        "Storm Closes Mountain Pass",
        "Museum Finds Lost Painting",
    )


def test_two_title_lines_after_the_article_stay_a_heading_and_its_lead_in() -> None:
    # Fewer than three: no menu, so the usual heading rule applies.
    article = parse("Big Day\n\nBy AFP\n\nIt rained.\n\nWhat next\n\nAnd hockey\n")
    assert article.boilerplate == ()
    assert article.sections[-1].heading == "And hockey"


def test_menu_items_glued_together_are_chrome() -> None:
    dump = "Skip to main contentSkip to navigation\n\nBig Day\n\nBy AFP\n\nIt rained.\n"
    article = parse(dump)
    assert article.headline == "Big Day"
    assert article.boilerplate == ("Skip to main contentSkip to navigation",)


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        ("Floods close roads | UK news | The Guardian", "Floods close roads", "The Guardian"),
        ("Peace talks resume : NPR", "Peace talks resume", "NPR"),
        ("Grain deal extended - Reuters", "Grain deal extended", "Reuters"),
        ("Trump - The Interview", "Trump - The Interview", None),  # not an outlet
        ("Q&A: What happens next?", "Q&A: What happens next?", None),
    ],
)
def test_a_page_title_label_loses_its_site_name(
    title: str, headline: str, site: str | None
) -> None:
    article = parse(f'---\ntitle: "{title}"\n---\n\nIt rained all week.\n')
    assert article.headline == headline
    assert article.publication == site


def test_a_caption_with_a_hide_caption_button_gives_caption_and_credit() -> None:
    dump = (
        "Big Day\n\nBy AFP\n\n"
        "A man waves from a boat in Odesa on Tuesday. **Jane Roe/AP** ****hide caption****\n\n"
        "It rained all week.\n"
    )
    article = parse(dump)
    assert article.photo_caption == "A man waves from a boat in Odesa on Tuesday."
    assert article.photo_credit == "Jane Roe/AP"
    assert article.paragraphs == ("It rained all week.",)


# Issue 5: wrapped text, wire credit lines and editor's notes.


def test_wrapped_paragraph_ends_where_the_next_word_would_have_fitted() -> None:
    from articlecli.parser.blocks import group_blocks, numbered_lines

    text = (
        "The first paragraph runs on for a while and is wrapped at\n"
        "sixty columns by the tool that wrote it out to disk.\n"
        "A second paragraph starts here and also wraps at the same\n"
        "width.\n"
    )
    blocks = group_blocks(numbered_lines(text))
    assert [b.number for b in blocks] == [1, 3]


NIGHT_FERRY = (
    "The harbour board met on Tuesday evening to decide the future of the night ferry, which"
    " has run at a loss for three winters in a row. Members heard from the operator, the"
    " unions and a group of islanders who rely on the late crossing to get home from work.",
    "After four hours the board voted to keep the service until the end of next year, when a"
    " new contract is due. Fares will rise by ten percent from June, and the last sailing"
    " will leave half an hour earlier on Sundays, the board's chair told the meeting.",
)


@pytest.mark.parametrize("width", [110, 125])
def test_text_wrapped_wider_than_a_hundred_columns_is_joined(width: int) -> None:
    # A scraper's own wrap, wider than the usual columns: most lines run near the width
    # and stop mid-sentence.
    import textwrap

    wrapped = "\n".join("\n".join(textwrap.wrap(p, width)) for p in NIGHT_FERRY)
    assert parse(f"Night ferry saved\n\n{wrapped}\n").paragraphs == NIGHT_FERRY


def test_a_line_the_wrap_missed_does_not_set_the_width() -> None:
    # The dump's last paragraph run on as one long line after text wrapped at 115 (whose
    # lines open with names: no lower-case word carries them on).
    import textwrap

    names = (
        "The Harbour Board met in Eastvik on Tuesday and heard from the Ferry Workers Union, the"
        " Island Council, the Coast Guard, the Eastvik Chamber of Commerce and the Night Ferry"
        " Passengers Group about the Night Ferry, which Harbour Board members said had lost"
        " money for three winters and would need a new contract from the Eastvik Regional"
        " Transport Authority before the Summer Timetable begins in June."
    )
    wrapped = "\n".join(textwrap.wrap(names, 115))
    article = parse(f"Night ferry saved\n\n{wrapped}\n{NIGHT_FERRY[1] * 2}\n")
    assert article.paragraphs[0] == names


def test_long_lines_that_end_their_sentences_are_a_paragraph_each() -> None:
    # Longer than a hundred columns, as wide as a wrap: a paragraph a line.
    lines = (
        "The harbour board met on Tuesday evening to decide the future of the night ferry and its"
        " crew of twelve.",
        "Members heard from the operator, the unions and the islanders who rely on the late"
        " crossing to get home.",
        "After four hours the board voted to keep the service until next year, when a new"
        " contract is due to start.",
        "Fares will rise by ten percent from June, and the last sailing will leave half an hour"
        " earlier on Sundays.",
        "The operator said it welcomed the decision.",
    )
    assert parse("Night ferry saved\n\n" + "\n".join(lines) + "\n").paragraphs == lines


def test_long_lines_with_headings_between_and_closing_quotes_are_no_wrap() -> None:
    # Found by the round-trip property: headings (short lines) and a line ending in a
    # closing guillemet after its full stop were counted as lines stopping mid-sentence.
    lines = (
        "The harbour board met on Tuesday evening to decide the future of the night ferry and"
        " its crew.",
        "The minister announced the new budget after weeks of talks, in what critics called"
        " «a historic step.»",
        "Energy grid truce",
        "The minister announced the new budget after weeks of talks, in what critics called"
        ' "a historic step."',
        "Ferry fares",
        "The operator said it welcomed the decision and would publish the new timetable soon.",
    )
    article = parse("Night ferry saved\n\n" + "\n".join(lines) + "\n")
    assert [(s.heading, len(s.paragraphs)) for s in article.sections] == [
        (None, 2),
        ("Energy grid truce", 1),
        ("Ferry fares", 1),
    ]


def test_wrapped_sentence_end_at_full_width_does_not_split() -> None:
    from articlecli.parser.blocks import group_blocks, numbered_lines

    # The wrapper had no room for "Then" after "done.": one paragraph, not two.
    text = "Work on the bridge started in May and was done.\nThen the road reopened to cars.\n"
    assert len(group_blocks(numbered_lines(text))) == 1


def test_link_lines_inside_short_lines_stay_on_their_own() -> None:
    from articlecli.parser.blocks import group_blocks, numbered_lines

    text = (
        "The talks ended without a deal, and both sides went\n"
        "home\n"
        "Related article: Will the truce hold? https://example.com/a\n"
        "Related article: Who pays? https://example.com/b\n"
        "Original url: https://example.com/story\n"
    )
    blocks = group_blocks(numbered_lines(text))
    assert [b.number for b in blocks] == [1, 3, 4, 5]
    article = parse("Headline\n\n" + text)
    assert [r.title for r in article.related] == ["Will the truce hold?", "Who pays?"]
    assert article.url == "https://example.com/story"
    assert article.paragraphs == ("The talks ended without a deal, and both sides went home",)


# Pages that print each link on a line of their own cut sentences there.
_LONG_LINE = (
    "The regional carrier said on Tuesday that it would add four routes this summer, "
    "the largest expansion in its history."
)


def test_a_sentence_cut_at_links_is_one_paragraph_again() -> None:
    text = (
        "Airline stocks rally\n\n"
        f"{_LONG_LINE}\n"
        "Shares of rivals like Kestrel Air (\nKST\n), Lowland (\nLWL\n) and the\n"
        "Northgate Group\n"
        "rose on the news, traders said.\n"
    )
    article = parse(text)
    assert article.paragraphs == (
        _LONG_LINE,
        "Shares of rivals like Kestrel Air (KST), Lowland (LWL) and the Northgate Group "
        "rose on the news, traders said.",
    )
    assert article.sections[0].heading is None and len(article.sections) == 1


def test_link_text_on_its_own_line_is_not_a_heading() -> None:
    text = (
        "Airline stocks rally\n\n"
        f"{_LONG_LINE}\n"
        "Analysts at\nNorthgate Capital\nsaid the rally could last.\n\n"
        "Ferry operators at\nthe harbour said\nthey would cut fares.\n"
    )
    article = parse(text)
    assert article.paragraphs == (
        _LONG_LINE,
        "Analysts at Northgate Capital said the rally could last.",
        "Ferry operators at the harbour said they would cut fares.",
    )
    assert [s.heading for s in article.sections] == [None]


@pytest.mark.parametrize(
    "after",
    [
        "The carrier reports results in May, and investors will watch its margins closely.",
        "iPhone bookings made up a third of the sales, the company said in its statement.",
    ],
)
def test_a_heading_over_a_capitalised_sentence_is_not_carried_on(after: str) -> None:
    text = f"Airline stocks rally\n\n{_LONG_LINE}\nWhat comes next\n{after}\n"
    article = parse(text)
    assert [s.heading for s in article.sections] == [None, "What comes next"]
    assert article.paragraphs == (_LONG_LINE, after)


def test_a_finished_sentence_is_not_carried_on_by_a_lower_case_line() -> None:
    text = f"Airline stocks rally\n\n{_LONG_LINE}\nbookings opened on Monday.\n"
    assert parse(text).paragraphs == (_LONG_LINE, "bookings opened on Monday.")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",)),
        (
            "Reporting by Jane Doe and Ali Khan in Kyiv; Editing by John Roe",
            ("Jane Doe", "Ali Khan"),
        ),
        ("Writing by Jane Doe; Additional reporting by Sam Poe", ("Jane Doe",)),
        # The page's line breaks lost: a capitalised role starts the next credit.
        ("Reporting by Jane Doe Writing by Ali Khan Editing by John Roe", ("Jane Doe", "Ali Khan")),
        ("Reporting from Gdansk", ()),
        ("Editing by John Roe.", ()),
    ],
)
def test_read_credit_line(line: str, authors: tuple[str, ...]) -> None:
    from articlecli.parser.byline import read_credit_line

    credit = read_credit_line(line)
    assert credit is not None and credit.authors == authors


@pytest.mark.parametrize(
    "line",
    ["Reporting by the end of the year was thin.", "Editing is hard", "Reported by Jane Doe"],
)
def test_read_credit_line_rejects_prose(line: str) -> None:
    from articlecli.parser.byline import read_credit_line

    assert read_credit_line(line) is None


def test_credit_line_gives_authors_only_when_no_byline() -> None:
    text = "Rates Held\nBy Ann Lee\nMay 1, 2025\n\nThe bank held rates.\n\nReporting by Bo Ng\n"
    article = parse(text)
    assert article.authors == ("Ann Lee",)
    assert article.paragraphs == ("The bank held rates.",)
    assert article.boilerplate == ("Reporting by Bo Ng",)
    alone = parse("Rates Held\nMay 1, 2025\n\nThe bank held rates.\n\nReporting by Bo Ng\n")
    assert alone.authors == ("Bo Ng",)
    assert alone.lines["byline"] == 6


@pytest.mark.parametrize("byline", ["By Reuters", "author: Staff Writer"])
def test_credit_line_names_the_authors_a_byline_without_people_does_not(byline: str) -> None:
    # A wire story's byline names the agency, or a blog's placeholder no one; the closing
    # credit names the reporter, the author. The byline stays the byline.
    text = f"Rates Held\n{byline}\nMay 1, 2025\n\nThe bank held rates.\n\n(Reporting by Bo Ng)\n"
    article = parse(text)
    assert article.authors == ("Bo Ng",)
    assert article.byline == byline.removeprefix("By ").removeprefix("author: ")
    assert article.boilerplate == ("(Reporting by Bo Ng)",)


def test_a_caption_a_name_and_the_date_after_the_standfirst_and_page_chrome() -> None:
    # An Indian news page: headline, standfirst, player chrome, then the lead picture's
    # caption with its credit, the writer's name alone and the date with the place glued.
    text = (
        "Ferry fares frozen for the winter\n"
        "The board kept fares at summer levels after a petition from the islands.\n\n"
        "Listen to Story\nAdvertisement\n"
        "A file photo of the ferry (Credits: PTI)\nVidya\n"
        "New Delhi,UPDATED: Mar 23, 2031 12:08 IST\n\n"
        "The ferry ran again on Monday after a week of storms kept it in port.\n"
    )
    article = parse(text)
    assert article.summary.startswith("The board kept fares")
    assert (article.photo_caption, article.photo_credit) == ("A file photo of the ferry", "PTI")
    assert (article.authors, article.date) == (("Vidya",), "2031-03-23T12:08:00")
    assert article.paragraphs == (
        "The ferry ran again on Monday after a week of storms kept it in port.",
    )


def test_a_name_alone_is_no_byline_without_the_date_under_it() -> None:
    text = "Ferry fares frozen\n\nVidya\nThe ferry ran again on Monday after a week of storms.\n"
    assert parse(text).authors == ()


def test_dateline_is_read_after_an_editors_note() -> None:
    article = parse(
        "Editor's note: Names have been changed.\n\nLIMA, Peru (AP) — The vote was close.\n"
    )
    assert article.paragraphs == ("Editor's note: Names have been changed.", "The vote was close.")
    assert article.dateline == "LIMA, Peru"
    assert article.agencies == ("AP",)


# Found measuring a hand-checked sample of real dumps (patterns written in our own words).


def test_a_dateline_glued_to_the_text_after_a_known_agency_is_read() -> None:
    article = parse("Big News\n\nHarbourton, Maine (CNN)The ferry sailed again on Monday.\n")
    assert article.dateline == "Harbourton, Maine"
    assert article.agencies == ("CNN",)
    assert article.paragraphs == ("The ferry sailed again on Monday.",)


def test_glued_text_after_an_unknown_parenthesis_is_not_a_dateline() -> None:
    article = parse("Big News\n\nHarbour (Town)Then the ferry sailed again.\n")
    assert article.dateline is None
    assert article.paragraphs == ("Harbour (Town)Then the ferry sailed again.",)


@pytest.mark.parametrize("value", ["By", "by:", "Written by"])
def test_an_author_label_naming_no_one_credits_no_one(value: str) -> None:
    article = parse(f"Title: Big News\nAuthor: {value}\n\nThe ferry sailed again on Monday.\n")
    assert article.byline is None
    assert article.authors == ()
    assert article.unrecognised == (f"Author: {value}",)
    assert "AC104" in {w.code for w in article.warnings}  # missing byline


@pytest.mark.parametrize(
    "line",
    [
        "HARBOURSIDE VIDEO OF THE DAYSCROLL TO CONTINUE WITH CONTENT",
        "HARBOUR-SIDE VIDEO OF THE DAYSCROLL TO CONTINUE WITH CONTENT",
        "The Morning Tide newsletter brings you the week's harbour news. Sign up here.",
        "If you buy something through our links, we may earn a commission.",
        "Subscribed!",
        "You've successfully subscribed to this newsletter!",
        "LIKE WHAT YOU'RE READING? CLICK HERE FOR MORE HARBOUR NEWS",
        "Our Standards: The Harbour Trust Principles., opens new tab",
        "[](https://example.com/harbour/ferry-returns)",
        "* [](https://example.com/harbour/storm-closes-pass)",
        # Legal notices run past the length of other chrome; their opening gives them away.
        "This material may not be published, broadcast, rewritten, or redistributed. "
        "©2024 Harbour News Network, LLC. All rights reserved. Quotes are delayed by at "
        "least 15 minutes and come from our market data provider.",
    ],
)
def test_promotions_and_disclosures_are_page_chrome(line: str) -> None:
    article = parse(
        f"Big News\n\nBy AFP\n\nThe ferry sailed again on Monday.\n\n{line}\n\nIt rained.\n"
    )
    assert article.boilerplate == (line,)
    assert article.paragraphs == ("The ferry sailed again on Monday.", "It rained.")


def test_a_sentence_about_a_newsletter_is_not_chrome() -> None:
    line = "Readers of the newsletter could sign up for free tours of the harbour all summer long."
    article = parse(f"Big News\n\nBy AFP\n\nThe ferry sailed again on Monday.\n\n{line}\n")
    assert article.boilerplate == ()
    assert line in article.paragraphs


def test_a_byline_and_date_after_page_menus_are_the_articles() -> None:
    # A whole-page dump: menu lines end the header zone before the "By" and date lines.
    dump = (
        "Big News\n\nHome\n\nNews\n\nDownloads\n\n"
        "Forums Downloads Glossary Send us a tip Deals Reviews Newsletters Podcasts Events "
        "Harbour guides\n\n"
        "By Jane Roe\n\nMarch 3, 2024\n\n"
        "The ferry sailed again on Monday after a week in dock.\n\nBy Ali Khan\n\n"
        "It rained on March 4, 2024.\n"
    )
    article = parse(dump)
    assert article.authors == ("Jane Roe",)
    assert article.date == "2024-03-03"
    assert (article.lines["byline"], article.lines["date"]) == (11, 13)
    # After the story's first paragraph a "By" line is no byline: it heads a section.
    assert article.sections[-1].heading == "By Ali Khan"


def test_late_header_lines_do_not_replace_the_headers_own() -> None:
    dump = "Big News\n\nBy AFP\n\nMay 1, 2024\n\nNews\n\nBy Jane Roe\n\nMarch 3, 2024\n\nText.\n"
    article = parse(dump)
    assert (article.byline, article.date) == ("AFP", "2024-05-01")
    assert [s.heading for s in article.sections] == [None, "March 3, 2024"]


def test_a_caption_with_a_licensing_link_gives_caption_and_credit() -> None:
    dump = (
        "Big News\n\nBy AFP\n\n"
        "Ferries wait in the harbour at dawn in Oslo, Norway, March 3, 2024. "
        "REUTERS/Jane Roe/File Photo Purchase Licensing Rights, opens new tab\n\n"
        "OSLO, March 3 (Reuters) - The ferry sailed again on Monday.\n"
    )
    article = parse(dump)
    assert article.photo_caption == (
        "Ferries wait in the harbour at dawn in Oslo, Norway, March 3, 2024."
    )
    assert article.photo_credit == "REUTERS/Jane Roe/File Photo"
    assert article.dateline == "OSLO"
    assert article.paragraphs == ("The ferry sailed again on Monday.",)


def test_a_long_sentence_opening_like_chrome_is_still_prose() -> None:
    line = (
        "The museum opens a new window onto the harbour's past, curators said on Tuesday, "
        "with maps, ship models and letters that sailors sent home from ports all over."
    )
    article = parse(f"Big News\n\nBy AFP\n\n{line}\n")
    assert article.paragraphs == (line,)


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Email Jane Doe", ("Jane Doe",)),
        ("Follow Jane Doe", ("Jane Doe",)),
        ("Jane Doe", ("Jane Doe",)),
    ],
)
def test_a_button_word_before_an_author_is_not_part_of_the_name(
    value: str, authors: tuple[str, ...]
) -> None:
    article = parse(f"Title: Big News\nAuthor: {value}\n\nThe ferry sailed again on Monday.\n")
    assert article.authors == authors


def test_a_wire_dateline_with_an_underscore_dash_is_read() -> None:
    # Older AP wire copy sets the dash as " _ ".
    article = parse("Flood Closes Bridge\n\nMILLBROOK, Ore. _ The old bridge shut on Friday.\n")
    assert article.dateline == "MILLBROOK, Ore."
    assert article.paragraphs == ("The old bridge shut on Friday.",)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # Older papers set the place in mixed case, with its day and a long dash.
        ("Greenvale, Feb. 3 -- A late storm shut the pass.", "Greenvale"),
        ("Port Velmar, April 19 — The ferry sailed again.", "Port Velmar"),
        # A weekday with its day is no place; a hyphen may be prose's; no day, no dateline.
        ("Monday, April 19 -- The day began with rain.", None),
        ("Greenvale, Feb. 3 - we left early.", None),
        ("Greenvale -- the town by the lake -- voted.", None),
        # A record's label before a dash is no place in capitals.
        ("URL - https://example.test/storm", None),
        ("UPDATE — The pass reopened at noon.", None),
    ],
)
def test_a_place_in_mixed_case_is_a_dateline_with_its_day(
    paragraph: str, place: str | None
) -> None:
    assert parse(f"Storm Closes Pass\n\n{paragraph}\n").dateline == place


@pytest.mark.parametrize(
    ("paragraph", "place", "agencies"),
    [
        # Mexican and other Latin American papers set a full stop before the dash, and may
        # name their own site as the agency, after a comma.
        ("VELMAR, Ostrica (apro).- El puente cerró.", "VELMAR, Ostrica", ("apro",)),
        (
            "VELMAR, D.F., (diario.example.mx).- El puente cerró.",
            "VELMAR, D.F.",
            ("diario.example.mx",),
        ),
        ("VELMAR.- El puente cerró el viernes.", "VELMAR", ()),
        ("NOTE.- El puente cerró el viernes.", None, ()),  # a label, not a place
    ],
)
def test_a_dateline_with_a_full_stop_before_its_dash(
    paragraph: str, place: str | None, agencies: tuple[str, ...]
) -> None:
    article = parse(f"Cierra el puente\n\n{paragraph}\n")
    assert (article.dateline, article.agencies) == (place, agencies)
    if place is not None:
        assert article.paragraphs[0].startswith("El puente cerró")


@pytest.mark.parametrize(
    "glued",
    [
        "Cierra el puente de Velmar. VELMAR, Ostrica (apro).- El puente cerró el viernes.",
        "Cierra el puente de Velmar VELMAR, Ostrica (apro).- El puente cerró el viernes.",
        "Cierra el puente “El Viejo” VELMAR (apro).- El puente cerró el viernes.",
    ],
)
def test_a_title_run_onto_the_dateline_is_the_headline(glued: str) -> None:
    # A scrape that lost the line break after the title: the text before the dateline.
    article = parse(f"{glued}\n\nLas obras durarán un mes.\n")
    assert article.headline in ("Cierra el puente de Velmar", "Cierra el puente “El Viejo”")
    assert (article.dateline, article.agencies) == (
        "VELMAR, Ostrica" if "Ostrica" in glued else "VELMAR",
        ("apro",),
    )
    assert article.paragraphs == ("El puente cerró el viernes.", "Las obras durarán un mes.")
    assert to_text(article).startswith(article.headline + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # A headline of its own: the paragraph keeps its sentences.
        "Bridge Closes\n\nIt rained. VELMAR (apro).- The bridge shut.\n",
        # No full stop before a place in mixed case: no title's end.
        "The bridge at Velmar Ostrica (apro).- The bridge shut on Friday.\n",
        # Too short for a title.
        "It rained. VELMAR (apro).- The bridge shut on Friday.\n",
    ],
)
def test_what_is_no_title_run_onto_a_dateline(text: str) -> None:
    article = parse(text)
    assert article.headline in (None, "Bridge Closes")
    assert any("VELMAR" in p or "Velmar" in p for p in article.paragraphs)


def test_an_underscore_inside_a_sentence_is_not_a_dateline() -> None:
    article = parse("Flood Closes Bridge\n\nThe file_name _ was left as it was.\n")
    assert article.dateline is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Also: Ten phones we tested this spring", "Ten phones we tested this spring"),
        ("ALSO: Why it stopped. Here's what changed", "Why it stopped. Here's what changed"),
    ],
)
def test_an_also_line_in_the_body_is_a_related_link(line: str, title: str) -> None:
    text = f"Phone Review\n\nThe phone is fast and light.\n\n{line}\n\nIts battery lasts a day.\n"
    article = parse(text)
    assert [(r.label, r.title) for r in article.related] == [(line.split(":")[0], title)]
    assert article.paragraphs == ("The phone is fast and light.", "Its battery lasts a day.")


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        ("Lire aussi : Le port s'agrandit", "Lire aussi", "Le port s'agrandit"),
        ("Lesen Sie auch: Der Hafen wächst", "Lesen Sie auch", "Der Hafen wächst"),
        ("Czytaj też: Port rośnie", "Czytaj też", "Port rośnie"),
        ("Читайте также: Порт растёт", "Читайте также", "Порт растёт"),
        ("Διαβάστε επίσης: Το λιμάνι μεγαλώνει", "Διαβάστε επίσης", "Το λιμάνι μεγαλώνει"),
        ("相关阅读：港口扩建", "相关阅读", "港口扩建"),  # a Chinese page's full-width colon
    ],
)
def test_a_read_also_line_in_other_languages_is_a_related_link(
    line: str, label: str, title: str
) -> None:
    text = f"Phone Review\n\nThe phone is fast and light.\n\n{line}\n\nIts battery lasts a day.\n"
    article = parse(text)
    assert [(r.label, r.title) for r in article.related] == [(label, title)]
    assert article.paragraphs == ("The phone is fast and light.", "Its battery lasts a day.")


@pytest.mark.parametrize("heading", ["À lire aussi", "Baca juga", "Leia também"])
def test_a_read_also_heading_in_other_languages_is_no_section(heading: str) -> None:
    text = (
        f"Phone Review\n\nThe phone is fast and light.\n\n{heading}\n\nIts battery lasts a day.\n"
    )
    article = parse(text)
    assert article.boilerplate == (heading,)
    assert [s.heading for s in article.sections] == [None]


def test_an_also_line_that_is_a_sentence_stays_text() -> None:
    text = "Phone Review\n\nThe phone is fast.\n\nAlso: the battery lasts a whole day.\n"
    article = parse(text)
    assert article.related == ()
    assert article.paragraphs[-1] == "Also: the battery lasts a whole day."


@pytest.mark.parametrize(
    ("last", "paragraph", "chrome"),
    [
        # CNN pages glue their share link onto the story's last sentence.
        (
            "And for the judge, the case is closed. E-mail to a friend",
            "And for the judge, the case is closed.",
            "E-mail to a friend",
        ),
        (
            '"We are not done," she said.  Share this article',
            '"We are not done," she said.',
            "Share this article",
        ),
    ],
)
def test_a_chrome_link_glued_to_the_last_sentence_is_boilerplate(
    last: str, paragraph: str, chrome: str
) -> None:
    article = parse(f"Court Rules\n\nThe court sat on Monday.\n\n{last}\n")
    assert article.paragraphs == ("The court sat on Monday.", paragraph)
    assert article.boilerplate == (chrome,)


@pytest.mark.parametrize(
    "last",
    [
        # Long enough not to be a heading, so only the glued-chrome rule could change them.
        "Where did the judge go after the long hearing was over that day? Home",
        "The vote in the council was close on the night. Print media called it early",
        "The bank cut its main interest rate by half a point. Share prices rose",
    ],
)
def test_a_sentence_ending_in_a_chrome_word_stays_text(last: str) -> None:
    article = parse(f"Court Rules\n\nThe court sat on Monday.\n\n{last}\n")
    assert article.paragraphs == ("The court sat on Monday.", last)
    assert article.boilerplate == ()


MENUS = "Big News\n\nHome\n\nNews\n\nDownloads\n\n"


@pytest.mark.parametrize(
    ("block", "byline", "date"),
    [
        # A date with its time on the next line, after page menus.
        ("March 3, 2024\n12:03 PM", None, "2024-03-03T12:03:00"),
        # A byline with the date under it, in one block.
        ("By Jane Roe\nMarch 3, 2024", "Jane Roe", "2024-03-03"),
        ("By Jane Roe\nMarch 3, 2024\n9:15 a.m.", "Jane Roe", "2024-03-03T09:15:00"),
        # A blog theme's comment counter under the date.
        ("March 3, 2024\n12:03 PM\n0", None, "2024-03-03T12:03:00"),
        ("By Jane Roe\nMarch 3, 2024\n14", "Jane Roe", "2024-03-03"),
    ],
)
def test_a_block_of_late_header_lines_after_menus_is_the_articles(
    block: str, byline: str | None, date: str
) -> None:
    article = parse(f"{MENUS}{block}\n\nThe ferry sailed again on Monday after a week.\n")
    assert (article.byline, article.date) == (byline, date)
    # The block's lines are in no paragraph; the menu's items are set aside ("News", a
    # rubric's word under the headline) or head the story ("Downloads").
    assert article.paragraphs == ("The ferry sailed again on Monday after a week.",)
    assert "News" in article.boilerplate


def test_a_comment_counter_under_a_late_date_is_boilerplate() -> None:
    article = parse(f"{MENUS}March 3, 2024\n12:03 PM\n0\n\nThe ferry sailed again.\n")
    assert article.boilerplate[-1] == "0"  # after the menu's "Home"
    assert article.paragraphs[-1] == "The ferry sailed again."


@pytest.mark.parametrize(
    "block",
    [
        "By Jane Roe\n3",  # a number under a byline is no counter
        "March 3, 2024\n123456",  # too long for a count of comments
        "March 3, 2024\n12\n12:03 PM",  # a counter only closes the block
    ],
)
def test_a_number_in_a_late_block_that_is_no_counter_leaves_it_alone(block: str) -> None:
    article = parse(f"{MENUS}{block}\n\nThe ferry sailed again on Monday after a week.\n")
    assert block.split("\n")[-1] in " ".join(article.paragraphs)


def test_a_late_block_with_another_line_is_left_alone() -> None:
    # The third line is text, so the block is not a run of header fields.
    block = "By Jane Roe\nMarch 3, 2024\nHarbour news"
    article = parse(f"{MENUS}{block}\n\nThe ferry sailed again on Monday after a week.\n")
    assert (article.byline, article.date) == (None, None)


@pytest.mark.parametrize("block", ["March 3, 2024 10:00\n12:03 PM", "March 33, 2024\n12:03 PM"])
def test_a_time_under_a_date_that_cannot_take_it_stays_text(block: str) -> None:
    article = parse(f"{MENUS}{block}\n\nThe ferry sailed again on Monday after a week.\n")
    assert "12:03 PM" in " ".join(article.paragraphs)


@pytest.mark.parametrize(
    ("line", "byline", "date", "updated"),
    [
        ("By Jane Doe | March 3, 2025", "Jane Doe", "2025-03-03", None),
        ("By Jane Doe · March 3, 2025", "Jane Doe", "2025-03-03", None),
        ("By Jane Doe and Ali Khan • Mar 3, 2025", "Jane Doe and Ali Khan", "2025-03-03", None),
        ("By Jane Doe on March 3, 2025", "Jane Doe", "2025-03-03", None),
        ("By Jane Doe, March 3, 2025", "Jane Doe", "2025-03-03", None),
        # The update is the only date: the article's too.
        ("By Jane Doe | Updated: 3 March 2025", "Jane Doe", "2025-03-03", "2025-03-03"),
    ],
)
def test_a_byline_and_date_on_one_line_give_both(
    line: str, byline: str, date: str | None, updated: str | None
) -> None:
    article = parse(f"Big News\n\n{line}\n\nThe ferry sailed again on Monday.\n")
    assert (article.byline, article.date, article.updated) == (byline, date, updated)
    assert article.lines["byline"] == 3
    assert article.paragraphs == ("The ferry sailed again on Monday.",)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe | Harbour Desk",  # no date after the separator
        "By the way, March 3, 2025 was a Monday.",  # a sentence, not a byline
    ],
)
def test_a_byline_line_without_a_date_part_is_not_split(line: str) -> None:
    article = parse(f"Big News\n\n{line}\n\nThe ferry sailed again on Monday.\n")
    assert article.date is None


def test_a_byline_and_date_on_one_line_after_menus_give_both() -> None:
    dump = f"{MENUS}By Jane Roe | March 3, 2024\n\nThe ferry sailed again on Monday after a week.\n"
    article = parse(dump)
    assert (article.byline, article.date) == ("Jane Roe", "2024-03-03")
    assert article.paragraphs[-1] == "The ferry sailed again on Monday after a week."


def test_markdown_headings_give_the_headline_and_section_headings() -> None:
    dump = (
        "# Harbour News\n\nThe ferry sailed again on Monday.\n\n"
        "## What happened next?\nIt returned at six, officials said.\n\n"
        "### The tides ###\n\nThe tide was high.\n"
    )
    article = parse(dump)
    assert article.headline == "Harbour News"
    assert [s.heading for s in article.sections] == [None, "What happened next?", "The tides"]
    assert article.paragraphs == (
        "The ferry sailed again on Monday.",
        "It returned at six, officials said.",
        "The tide was high.",
    )


@pytest.mark.parametrize("line", ["#hashtag of the day", "# ", "#1 in the charts"])
def test_a_hash_without_a_space_or_text_is_no_markdown_heading(line: str) -> None:
    article = parse(f"Harbour News\n\nThe ferry sailed again on Monday.\n\n{line}\n\nIt rained.\n")
    assert [s.heading for s in article.sections] == [None]
    # Words make a paragraph; a mark alone is a piece of the page's layout.
    kept = article.paragraphs if any(c.isalnum() for c in line) else article.boilerplate
    assert line.strip() in kept


def test_a_dateline_after_a_short_opening_paragraph_is_read() -> None:
    # A photo caption without a credit, kept as the first paragraph, before the lede.
    dump = (
        "Harbour News\n\nThe old ferry waits at the pier on Monday.\n\n"
        "PORTVILLE, Maine (CNN) -- The ferry sailed again on Monday after a week.\n\n"
        "It returned at six.\n"
    )
    article = parse(dump)
    assert (article.dateline, article.agencies) == ("PORTVILLE, Maine", ("CNN",))
    assert article.paragraphs == (
        "The old ferry waits at the pier on Monday.",
        "The ferry sailed again on Monday after a week.",
        "It returned at six.",
    )


def test_a_dateline_after_a_long_first_paragraph_is_left_as_text() -> None:
    lede = " ".join(["The ferry sailed again on Monday after a week in dock."] * 6)
    dump = f"Harbour News\n\n{lede}\n\nPORTVILLE, Maine (CNN) -- It returned at six.\n"
    article = parse(dump)
    assert article.dateline is None
    assert article.paragraphs[1] == "PORTVILLE, Maine (CNN) -- It returned at six."


@pytest.mark.parametrize("mark", ["。", "，"])
def test_a_chinese_sentence_at_the_top_is_no_headline(mark: str) -> None:
    """A body-only dump in Chinese opens with its first sentence, ended by a full-width
    mark: it is the story's first paragraph, not a title."""
    first = f"港口的起重機在春天回到碼頭{mark}"
    article = parse(f"{first}\n\n港務局週一表示，新的碼頭將於五月啟用。\n")
    assert article.headline is None
    assert article.paragraphs[0] == first


def test_a_chinese_headline_is_still_read() -> None:
    assert parse("港口起重機回到碼頭\n\n港務局週一表示，新的碼頭將於五月啟用。\n").headline == (
        "港口起重機回到碼頭"
    )


def test_a_sources_label_is_no_newspapers_name() -> None:
    """ "Source: Coastline Daily" ends in a word papers are named with, but its label says
    what it is: the outlet, never the headline (it was taken for a paper's name over a
    missing headline, then for the headline)."""
    article = parse("Date: 9 March 2031\nSource: Coastline Daily\n\nThe ferry ran again.\n")
    assert (article.headline, article.publication) == (None, "Coastline Daily")


def test_a_news_apis_cut_mark_is_set_aside_and_the_cut_text_kept() -> None:
    cut = "Water managers said on Monday that the reservoir had fallen to its lowest level since…"
    article = parse(f"Lake levels fall\n\n{cut} [+812 chars]\n")
    assert article.paragraphs == (cut,)
    assert article.boilerplate == ("[+812 chars]",)


def test_a_note_on_the_dump_above_its_first_labelled_record_is_no_headline() -> None:
    text = (
        "Matches above threshold:\n\nScore: 0.9\nTitle: Lake levels hit record low\n"
        "Content: Water managers said on Monday the reservoir had fallen.\n"
    )
    article = parse(text)
    assert article.headline == "Lake levels hit record low"
    assert article.boilerplate[0] == "Matches above threshold:"


@pytest.mark.parametrize(
    "label",
    ["时间：：2018年11月19日", "时间：2018年11月19日", "Date:: 2018-11-19"],
)
def test_a_label_with_its_colon_typed_twice(label: str) -> None:
    article = parse(
        f"标题：港口新码头启用\n{label}\n内容：\n港口新码头正式启用，市民纷纷前来参观。\n"
    )
    assert (article.headline, article.date) == ("港口新码头启用", "2018-11-19")
    assert article.paragraphs == ("港口新码头正式启用，市民纷纷前来参观。",)
