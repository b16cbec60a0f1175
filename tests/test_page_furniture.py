"""Page layouts around the header and after the story: section labels above the headline,
a linked author's name without "By", the date and byline on one line either way round,
the text after a "Content:" label, cookie banners, feedback widgets, and the lists of
other stories under "Most read". Each rule has a case that must stay text."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.parser.byline import read_byline
from articlecli.parser.chrome import is_chrome
from articlecli.parser.dates import read_date_line
from articlecli.parser.titles import is_kicker, is_topic_tag
from articlecli.render import to_text
from articlecli.split import split_text

HEADLINE = "Ferry service returns to the island"
STORY = "The ferry ran again on Monday after a week of storms kept it in port."
LATER = "Islanders said the week without it had emptied the shop shelves."


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("By Peter Okafor of The Valley Courier", ("Peter Okafor",), ("The Valley Courier",)),
        ("By Peter Okafor, The Valley Courier", ("Peter Okafor",), ("The Valley Courier",)),
        # "the" in lower case is the writer's article, not the agency's name.
        ("By Ana Ruiz of the Associated Press", ("Ana Ruiz",), ("Associated Press",)),
        ("By Sam Lee and Ana Ruiz of Reuters", ("Sam Lee", "Ana Ruiz"), ("Reuters",)),
        # The name run into its agency, where the page's spacing between them was lost.
        ("By Bradford Lee Fox News", ("Bradford Lee",), ("Fox News",)),
        ("By Mary Ann Evans AFP", ("Mary Ann Evans",), ("AFP",)),
        ("By Example News Staff", (), ("Example News",)),
    ],
)
def test_a_reporter_of_an_outlet(
    line: str, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.authors, byline.agencies) == (authors, agencies)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day",  # prose
        "By Head of State",  # no outlet after "of"
        "By Jane Doe of the harbour",  # a place in lower case, not an outlet
        "By Jane Doe, The Valley",  # no newspaper's word at the end
    ],
)
def test_of_and_a_capitalised_phrase_make_no_outlet(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or not byline.agencies


def test_the_date_then_by_and_the_author_on_one_line() -> None:
    article = parse(f"{HEADLINE}\n\nPosted on 14 November 2024 by Ana Ruiz\n\n{STORY}\n")
    assert (article.authors, article.date) == (("Ana Ruiz",), "2024-11-14")
    assert article.paragraphs == (STORY,)


def test_a_sentence_with_a_year_and_by_is_no_byline() -> None:
    text = f"{HEADLINE}\n\nIn 2024 the harbour was hit by Storm Ana\n\n{STORY}\n"
    article = parse(text)
    assert article.authors == ()
    assert article.date is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Tue 4 Mar 2025 06.00 GMT", "2025-03-04T06:00:00+00:00"),
        ("4 March 2025 17.45 EST", "2025-03-04T17:45:00-05:00"),
        ("19.03.2025 10.30", "2025-03-19T10:30:00"),
    ],
)
def test_minutes_after_a_point(line: str, value: str) -> None:
    date_line = read_date_line(line)
    assert date_line is not None and date_line.value == value


def test_a_name_alone_between_headline_and_date_is_the_byline() -> None:
    article = parse(f"{HEADLINE}\n\nNora Lindqvist\n\nMarch 3, 2025\n\n{STORY}\n")
    assert article.authors == ("Nora Lindqvist",)
    assert article.date == "2025-03-03"
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "text",
    [
        # No date after the name: a name alone may head the story's first part.
        f"{HEADLINE}\n\nNora Lindqvist\n\n{STORY}\n",
        # No headline before it: the name is the page's title.
        f"Nora Lindqvist\n\nMarch 3, 2025\n\n{STORY}\n",
    ],
)
def test_a_name_alone_elsewhere_is_no_byline(text: str) -> None:
    article = parse(text)
    assert article.authors == ()
    assert "Nora Lindqvist" in (article.headline, *(s.heading for s in article.sections))


@pytest.mark.parametrize(
    # A topic's tag in lower case too ("malaria"): no headline is one such word.
    "kicker",
    ["Politics", "World news", "UK news | Analysis", "Live", "malaria", "covid-19"],
)
def test_section_labels_above_the_headline_are_set_aside(kicker: str) -> None:
    article = parse(f"{kicker}\n\n{HEADLINE}\n\nBy Jane Doe\n\n{STORY}\n")
    assert article.headline == HEADLINE
    assert article.boilerplate == (kicker,)


@pytest.mark.parametrize(
    "line", ["Politics of the harbour", "Election night", "The", "News and the"]
)
def test_a_headline_that_uses_a_section_word_is_no_kicker(line: str) -> None:
    assert not is_kicker(line)


@pytest.mark.parametrize("rubric", ["TRANSPORT", "НАУКА", "SPACE FLIGHT"])
def test_a_rubric_in_capitals_over_an_underlined_title(rubric: str) -> None:
    article = parse(f"{rubric}\n{HEADLINE}\n{'-' * 20}\n{STORY}\n")
    assert article.headline == HEADLINE
    assert article.boilerplate == (rubric, "-" * 20)
    assert article.paragraphs == (STORY,)


def test_a_title_in_capitals_over_an_underlined_line_is_the_headline() -> None:
    # No rubric: a headline in capitals over a rule, then the story.
    article = parse(f"FERRY RETURNS TO THE ISLAND TODAY\n{'=' * 20}\n\n{STORY}\n")
    assert article.headline == "FERRY RETURNS TO THE ISLAND TODAY"


def test_a_topic_tag_over_a_standfirst_is_no_headline() -> None:
    more = "Crews checked the hull at dawn."
    article = parse(f"https://example.com/news/ferry\n\nferries\n\n{STORY}\n\n{more}\n")
    assert (article.headline, article.boilerplate) == (None, ("ferries",))
    assert article.paragraphs == (STORY, more)


@pytest.mark.parametrize("line", ["iPhone", "Malaria", "e-mail scams", "2024", "a", "of"])
def test_a_word_in_capitals_or_with_others_is_no_topic_tag(line: str) -> None:
    assert not is_topic_tag(line)


def test_the_date_after_a_content_label_is_the_date() -> None:
    text = f"Title: {HEADLINE}\nContent:\nUpdated - March 02, 2025\nBy Jane Doe\n\n{STORY}\n"
    article = parse(text)
    assert (article.updated, article.authors) == ("2025-03-02", ("Jane Doe",))
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "content",
    [
        f"Content: {STORY}\nDate: Oct 2, 2024, 09:15 IST\nAuthor: Jane Doe",
        f"Article:\n\n{STORY}\n\nDate: Oct 2, 2024\nAuthor: Jane Doe",
    ],
    ids=["same block", "blocks of their own"],
)
def test_labelled_fields_after_the_body_are_fields(content: str) -> None:
    article = parse(f"Title: {HEADLINE}\n{content}\n")
    assert (article.date or "")[:10] == "2024-10-02"
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (STORY,)


def test_a_field_the_header_already_has_stays_text_after_the_body() -> None:
    text = f"Title: {HEADLINE}\nDate: March 2, 2025\nContent: {STORY}\nDate: Oct 2, 2024\n"
    article = parse(text)
    assert article.date == "2025-03-02"
    assert article.paragraphs == (f"{STORY} Date: Oct 2, 2024",)


@pytest.mark.parametrize(
    "value", ["Title not found", "N/A", "No title available", "unknown", "Not available", "None."]
)
def test_placeholder_values_are_absent_fields(value: str) -> None:
    article = parse(f"Title: {value}\nAuthor: {value}\nDate: {value}\nContent: {STORY}\n")
    assert (article.headline, article.byline, article.date) == (None, None, None)
    assert article.paragraphs == (STORY,)
    assert not article.unrecognised


@pytest.mark.parametrize(
    "value", ["Unknown Pleasures", "Nothing found in the river", "No Way Home"]
)
def test_titles_that_only_look_like_placeholders_are_kept(value: str) -> None:
    assert parse(f"Title: {value}\nContent: {STORY}\n").headline == value


def test_after_a_lone_text_marker_a_date_like_paragraph_stays_text() -> None:
    # "Text:" is what the canonical text writes when the body must start there.
    article = parse(f"{HEADLINE}\n\nText:\n\nMarch 2, 2025\n\n{STORY}\n")
    assert article.date is None
    assert [s.heading for s in article.sections] == ["March 2, 2025"]


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to give you the best experience on our website. By continuing to "
        "browse, you agree to our use of cookies, to our privacy policy and to our terms.",
        "This website uses cookies to ensure you get the best experience on our website, "
        "to measure how many readers each story has and to show advertising.",
        "Was this article helpful?",
        "Here's how you know",
        "Subscribe to our newsletter for the latest news delivered to your inbox.",
    ],
)
def test_banners_and_widgets_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "By continuing to raise rates, the bank hopes to slow prices in the months ahead.",
        "Cookies from the bakery on the quay sold out by noon, the owner said.",
        "Subscribe to the idea that the ferry can run all winter and you will be let down.",
    ],
)
def test_sentences_near_banner_words_are_text(line: str) -> None:
    assert not is_chrome(line)


def test_a_list_of_titles_under_most_read_is_set_aside() -> None:
    titles = "Snow expected in the hills\nBakery wins bread prize\nWhy the ferry stopped"
    article = parse(f"{HEADLINE}\n\nBy Jane Doe\n\n{STORY}\n\nMost read\n{titles}\n")
    assert article.paragraphs == (STORY,)
    assert article.boilerplate == ("Most read", *titles.split("\n"))


def test_a_list_of_titles_under_read_more_is_set_aside() -> None:
    # A paper's closing links, a block each, under "Read more:".
    titles = ["Snow expected in the hills", "Bakery wins the county bread prize"]
    text = f"{HEADLINE}\n\n{STORY}\n\nRead more:\n\n" + "\n\n".join(titles) + "\n"
    article = parse(text)
    assert article.paragraphs == (STORY,)
    assert article.boilerplate == ("Read more:", *titles)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_list_closing_the_story_is_set_aside_however_its_titles_read(gap: str) -> None:
    # An opinion page's columns by columnist, to the end: colons, commas, questions.
    titles = [
        "Jane Roe: If the ferry stops, the island empties",
        "The Courier's View: No council should fear a vote on fares",
        "John Doe: The fare plan is complete: so what is plan B?",
    ]
    text = f"{HEADLINE}\n\n{STORY}\n\nRead more:\n" + gap.join(titles) + "\n"
    article = parse(text)
    assert article.paragraphs == (STORY,)
    assert article.boilerplate == ("Read more:", *titles)


def test_a_list_heading_over_more_story_leaves_the_story() -> None:
    later = "The council will vote on the fares in May, the mayor said."
    text = f"{HEADLINE}\n\n{STORY}\n\nRead more:\n\nJane Roe: If the ferry stops\n\n{later}\n"
    assert parse(text).paragraphs[-1] == later


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("By Jane Doe of Courier.com", ("Jane Doe",)),
        ("By Jane Doe of Courier.com More Top Reads From Courier.com:", ("Jane Doe",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Monday, the fares had risen.", ()),  # a sentence that opens with "By"
        ("By the end of May", ()),
    ],
)
def test_a_byline_run_onto_the_last_sentence(tail: str, authors: tuple[str, ...]) -> None:
    last = "Fares will rise in May, the board said."
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{last} {tail}\n")
    assert article.authors == authors
    if authors:
        assert article.paragraphs[-1] == last and article.boilerplate == (tail,)
    else:
        assert article.paragraphs[-1] == f"{last} {tail}"


def test_a_story_files_caption_after_its_byline_and_date_is_no_headline() -> None:
    # A Daily Mail story of the CNN/Daily Mail set: no headline, its byline and dates
    # over a picture's caption "Word: sentence", the highlights at the end.
    caption = "Ferries: The new boats will be a boost for the island, which lost its bridge"
    text = (
        "By \nJane Doe\n\nPUBLISHED:\n\n17:53 EST, 1 October 2031\n\n"
        f"{caption}\n\n{STORY}\n\n@highlight\n\nThe ferry is back\n"
    )
    article = parse(text)
    assert (article.headline, article.authors) == (None, ("Jane Doe",))
    assert article.paragraphs == (caption, STORY) and article.highlights == ("The ferry is back",)
    # Without highlights, a title under a byline and date is still the headline.
    assert parse(text.split("@highlight")[0]).headline == caption


def test_an_initial_ends_no_sentence_of_a_closing_contributors_note() -> None:
    note = "Amy Wang and J. Freedom du Lac contributed to this report."
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{note}\n")
    assert article.paragraphs == (STORY, note) and article.boilerplate == ()


@pytest.mark.parametrize(
    "notice",
    [
        "The views expressed in this article are those of the author and do not necessarily"
        " reflect the position of the Harbour Institute.",
        "The opinions expressed here are the writer's own.",
        "For more information, please contact:",
    ],
)
def test_an_opinion_pages_disclaimer_and_a_contacts_lead_in_are_boilerplate(notice: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{notice}\n")
    assert (article.paragraphs, article.boilerplate) == ((STORY,), (notice,))


def test_views_expressed_at_a_meeting_are_text() -> None:
    line = (
        "The views expressed by residents at the meeting were mixed, and the council said it"
        " would publish every comment it had received on its website next week."
    )
    assert parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n").paragraphs == (STORY, line)


def test_a_bulleted_list_under_related_stories_is_set_aside() -> None:
    items = "- Farmers ask for aid\n- Reservoir levels fall"
    article = parse(f"{HEADLINE}\n\nBy Jane Doe\n\n{STORY}\n\nRelated Stories\n\n{items}\n")
    assert article.paragraphs == (STORY,)
    assert article.boilerplate == ("Related Stories", *items.split("\n"))


def test_a_title_under_a_list_heading_that_heads_prose_stays_a_heading() -> None:
    text = (
        f"{HEADLINE}\n\nBy Jane Doe\n\n{STORY}\n\nRecommended\n\nSnow in the hills\n\n"
        f"Back on the island\n\n{LATER}\n"
    )
    article = parse(text)
    assert article.boilerplate == ("Recommended", "Snow in the hills")
    assert [(s.heading, s.paragraphs) for s in article.sections] == [
        (None, (STORY,)),
        ("Back on the island", (LATER,)),
    ]


def test_a_related_line_after_the_list_keeps_its_role() -> None:
    text = (
        f"{HEADLINE}\n\n{STORY}\n\nMost read\n\nSnow in the hills\n\n"
        "Related article: Ferries and the winter https://example.com/ferries\n"
    )
    article = parse(text)
    assert [r.title for r in article.related] == ["Ferries and the winter"]


def test_a_block_of_chrome_lines_is_set_aside_line_by_line() -> None:
    text = f"{HEADLINE}\n\n{STORY}\n\nWas this article helpful?\nHere's how you know\nPrint\n"
    article = parse(text)
    assert article.paragraphs == (STORY,)
    assert article.boilerplate == ("Was this article helpful?", "Here's how you know", "Print")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Story by Jane Doe", ("Jane Doe",)),
        ("Analysis by Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Opinion by Jane Doe", ("Jane Doe",)),
        ("By Jane Doe • 4 min read", ("Jane Doe",)),
        ("By Jane Doe | 3 minute read", ("Jane Doe",)),
    ],
)
def test_more_byline_forms(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize(
    "line", ["Story by story, the town rebuilt.", "Reported by the harbour master, a leak"]
)
def test_prose_opening_with_a_byline_word_is_no_byline(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "value", "updated"),
    [
        ("03/03/2025", "2025-03-03", None),  # day and month the same: no ambiguity
        ("Published: 03.03.2025", "2025-03-03", None),
        ("Last updated on March 3, 2025", None, "2025-03-03"),
        ("Posted: Mar 3, 2025 / 02:14 PM EST", "2025-03-03T14:14:00-05:00", None),
        ("Published March 3, 2025 Updated March 4, 2025", "2025-03-03", "2025-03-04"),
        ("March 3, 2025, updated March 4, 2025", "2025-03-03", "2025-03-04"),
    ],
)
def test_more_date_forms(line: str, value: str | None, updated: str | None) -> None:
    date_line = read_date_line(line)
    assert date_line is not None
    if value is None:  # an update time alone
        assert (date_line.field, date_line.value) == ("updated", updated)
    else:
        assert (date_line.value, date_line.updated) == (value, updated)


def test_a_byline_then_the_update_time_after_a_space() -> None:
    article = parse(f"{HEADLINE}\n\nBy Jane Doe Updated March 3, 2025\n\n{STORY}\n")
    assert (article.authors, article.updated) == (("Jane Doe",), "2025-03-03")


def test_an_ambiguous_numeric_date_is_still_unread() -> None:
    date_line = read_date_line("03/04/2025")
    assert date_line is not None and date_line.value is None


def test_decorated_labels_name_the_fields_on_the_lines_after_them() -> None:
    text = (
        "===HEADING===\nLighthouse keeper retires after forty winters\n===WHEN===\n"
        f"Posted: June 3, 2024\n[Author]\nJane Doe\n===BODY===\n{STORY}\n"
    )
    article = parse(text)
    assert article.headline == "Lighthouse keeper retires after forty winters"
    assert (article.date, article.authors) == ("2024-06-03", ("Jane Doe",))
    assert article.boilerplate == ("===WHEN===",)  # the scraper's own word: set aside
    assert article.paragraphs == (STORY,)


def test_a_bold_line_is_a_headline_without_its_marks() -> None:
    article = parse(f"**{HEADLINE}**\n\n{STORY}\n")
    assert article.headline == HEADLINE


def test_the_first_line_of_a_wrapped_paragraph_is_no_headline() -> None:
    text = (
        "The rowing club's new boathouse opened on Saturday after three\n"
        "years of fundraising by its members and friends in the town.\n\n"
        f"{STORY}\n"
    )
    article = parse(text)
    assert article.headline is None
    assert article.paragraphs[0].startswith("The rowing club's new boathouse")


def test_a_headline_over_a_byline_in_lower_case_is_still_the_headline() -> None:
    article = parse(f"{HEADLINE} after the storms of the winter\nby AFP\n\n{STORY}\n")
    assert article.headline == f"{HEADLINE} after the storms of the winter"
    assert article.agencies == ("AFP",)


def test_menu_items_above_the_headline_are_set_aside() -> None:
    text = (
        f"Live\nFlood crisis\nRecap\nElections\n{HEADLINE}\nBy Ana Ruiz and Tom Hale\n\n{STORY}\n"
    )
    article = parse(text)
    assert article.headline == HEADLINE
    assert article.authors == ("Ana Ruiz", "Tom Hale")
    assert article.boilerplate == ("Live", "Flood crisis", "Recap", "Elections")


def test_a_shop_menu_over_a_headline_its_writers_name_and_the_date() -> None:
    # One text node per line: the title is a gap among the menu's items and the writer's
    # name is as short as an item; the name over the date is where the story's header is.
    menu = ["HOME", "SHOP", "SPECIAL OFFER", "ADD TO CART", "WINES & SPIRITS", "CHEESE"]
    text = "\n".join([*menu, HEADLINE, "Mark Dunn", "5. March 2024.", "No Comments", STORY])
    article = parse(text + "\n")
    assert article.headline == HEADLINE
    assert article.authors == ("Mark Dunn",)
    assert article.date == "2024-03-05"
    assert article.boilerplate == (*menu, "No Comments")


@pytest.mark.parametrize(
    "rubric", ["NATURE", "SPACE FLIGHT", "[Archive]", "【アーカイブ】", "［社説］"]
)
def test_a_rubric_in_capitals_between_the_headline_and_the_date(rubric: str) -> None:
    article = parse(f"{HEADLINE}\n{rubric}\n4 June 2031\nBy JONAS HALE\n{STORY}\n")
    assert (article.headline, article.date, article.authors) == (
        HEADLINE,
        "2031-06-04",
        ("Jonas Hale",),
    )
    assert article.boilerplate == (rubric,)
    assert article.sections[0].heading is None


def test_a_search_results_title_and_tag_over_a_labelled_record_are_set_aside() -> None:
    # An archive's export: its title and the database's tag, then the record's labels.
    record = f"Date: 2015.04.05\nTitle: {HEADLINE}\nText: {STORY}\n"
    article = parse(f"Search results\n[Archive]\n\n{record}")
    assert (article.headline, article.date) == (HEADLINE, "2015-04-05")
    assert article.boilerplate == ("Search results", "[Archive]")
    assert article.paragraphs == (STORY,)


def test_a_bracketed_sentence_under_the_headline_is_no_rubric() -> None:
    article = parse(f"{HEADLINE}\n[The port reopened.]\n4 June 2031\n\n{STORY}\n")
    assert "[The port reopened.]" not in article.boilerplate


def test_a_line_in_capitals_over_the_story_is_no_rubric() -> None:
    article = parse(f"{HEADLINE}\n\nBy Jonas Hale\n\nHARBOUR\n\n{STORY}\n")
    assert "HARBOUR" not in article.boilerplate


def test_a_short_headline_over_its_standfirst_stays_the_headline() -> None:
    text = (
        f"Ferry fares rise\nIslanders say the increase is far too steep.\nBy Jane Doe\n\n{STORY}\n"
    )
    article = parse(text)
    assert article.headline == "Ferry fares rise"
    assert article.summary == "Islanders say the increase is far too steep."
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (STORY,)


def test_a_line_under_the_headline_and_over_prose_is_no_standfirst() -> None:
    article = parse(f"{HEADLINE}\n\nIslanders were worried\n\n{STORY}\n")
    assert article.summary is None
    assert [s.heading for s in article.sections] == ["Islanders were worried"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Lena Ortiz / Harbor Press via AP", "Lena Ortiz / Harbor Press via AP"),
        ("Courtesy of the harbour museum", "Courtesy of the harbour museum"),
        ("Bild: dpa", "dpa"),
        ("Foto: ANP", "ANP"),
    ],
)
def test_more_credit_forms(line: str, credit: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n\n{LATER}\n")
    assert article.photo_credit == credit
    assert article.paragraphs == (STORY, LATER)


def test_a_caption_with_its_credit_on_the_line_under_it() -> None:
    caption = "Volunteers sort coats in the church hall."
    text = f"{HEADLINE}\n\n{caption}\nLena Ortiz / Harbor Press via AP\n\n{STORY}\n"
    article = parse(text)
    assert (article.photo_caption, article.photo_credit) == (
        caption,
        "Lena Ortiz / Harbor Press via AP",
    )
    assert article.paragraphs == (STORY,)


def test_a_courtesy_line_in_a_sentence_is_no_credit() -> None:
    line = "Courtesy of the council, the mayor said, the hall stays open all winter"
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n")
    assert article.photo_credit is None


def test_a_german_page_date_with_uhr() -> None:
    article = parse(f"{HEADLINE}\n\nStand: 14.03.2022 09:15 Uhr\n\n{STORY}\n")
    assert article.updated == "2022-03-14T09:15:00"


@pytest.mark.parametrize("value", ["Author not found", "Unknown author"])
def test_a_placeholder_author_credits_no_one(value: str) -> None:
    article = parse(f"Title: {HEADLINE}\nAuthor: {value}\n\n{STORY}\n")
    assert article.authors == ()
    assert article.byline is None


def test_names_printed_one_per_line_under_by() -> None:
    text = f"{HEADLINE}\n\nBy \nMara Quinn\n, \nLeo Brandt\n and \nSofia Park\n\n{STORY}\n"
    article = parse(text)
    assert article.authors == ("Mara Quinn", "Leo Brandt", "Sofia Park")
    assert article.paragraphs == (STORY,)


def test_the_place_after_a_dash_is_no_author() -> None:
    byline = read_byline("By Kofi Mensah – Tamale, Ghana")
    assert byline is not None and byline.authors == ("Kofi Mensah",)


def test_a_row_of_facts_parted_by_bars() -> None:
    row = "Health | Reported by Ravi Menon, Edited by Asha Rao | Updated: March 09, 2021 14:05 IST"
    article = parse(f"{HEADLINE}\n\n{row}\n\n{STORY}\n")
    assert article.authors == ("Ravi Menon",)
    assert article.updated == "2021-03-09T14:05:00"
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    ("row", "authors", "agencies", "kept"),
    [
        # A name with the agency it writes for needs no "By" in a row of facts.
        ("Ravi Menon,TNN | Jan 11, 2014, 04.05AM IST", ("Ravi Menon",), ("TNN",), ()),
        ("Ravi Menon, Reuters | Jan 11, 2014", ("Ravi Menon",), ("Reuters",), ()),
        ("TNN | Jan 11, 2014", (), ("TNN",), ()),  # an agency we know alone
        # A name alone may be a section's ("Top Stories"): no byline, and kept.
        ("Ravi Menon | Jan 11, 2014", (), (), ("Ravi Menon",)),
        # With a byline of its own, the row's other credit is kept.
        ("Health | By Asha Rao | TNN | Jan 11, 2014", ("Asha Rao",), (), ("Health", "TNN")),
    ],
)
def test_a_row_of_a_name_and_a_date(
    row: str, authors: tuple[str, ...], agencies: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    article = parse(f"{HEADLINE}\n\n{row}\n\n{STORY}\n")
    assert (article.authors, article.agencies) == (authors, agencies)
    assert article.date is not None and article.date.startswith("2014-01-11")
    assert article.paragraphs == (STORY,)
    assert article.boilerplate == kept


@pytest.mark.parametrize(
    ("line", "date", "kept"),
    [
        ("Politics 17:49, 07-Dec-2017", "2017-12-07T17:49:00", ("Politics",)),
        ("WORLD 07-Dec-2017", "2017-12-07", ("WORLD",)),
        # The date's own words: no section.
        ("Updated 17:49, 07-Dec-2017", "2017-12-07T17:49:00", ()),
    ],
)
def test_a_sections_name_before_the_date(line: str, date: str, kept: tuple[str, ...]) -> None:
    article = parse(f"{HEADLINE}\n\n{line}\n\n{STORY}\n")
    assert (article.date, article.boilerplate) == (date, kept)
    assert article.paragraphs == (STORY,)


def test_a_rows_section_name_is_kept() -> None:
    article = parse(f"{HEADLINE}\n\nHealth | Jan 11, 2014\n\n{STORY}\n")
    assert (article.date, article.boilerplate) == ("2014-01-11", ("Health",))


def test_a_row_of_menu_links_is_no_row_of_facts() -> None:
    article = parse(f"{HEADLINE}\n\nHarbour | Ferries | Weather\n\n{STORY}\n")
    assert (article.authors, article.date) == ((), None)


def test_an_update_time_under_a_lone_label_on_the_date_s_day() -> None:
    article = parse(f"{HEADLINE}\n\nMarch 3, 2025\n\nUpdated\n\n10:15 AM\n\n{STORY}\n")
    assert (article.date, article.updated) == ("2025-03-03", "2025-03-03T10:15:00")
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "header",
    ["URL:-https://example.com/news/ferry", "Permalink:\nhttps://example.com/news/ferry"],
)
def test_url_label_variants(header: str) -> None:
    article = parse(f"{HEADLINE}\n{header}\n\n{STORY}\n")
    assert article.url == "https://example.com/news/ferry"
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "line",
    [
        "Video Ad Feedback",
        "Something went wrong. Please try again.",
        "DOWNLOAD THE VALLEY POST APP HERE",
        "Posted in",
    ],
)
def test_player_and_footer_lines_are_chrome(line: str) -> None:
    assert is_chrome(line)


def test_a_line_of_marks_only_is_no_paragraph() -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n* * *\n\n{LATER}\n")
    assert article.paragraphs == (STORY, LATER)
    assert article.boilerplate == ("* * *",)


def test_a_numbered_story_label_gives_the_headline() -> None:
    article = parse(f"ARTICLE 1: {HEADLINE}\nURL: https://example.com/ferry\n\n{STORY}\n")
    assert (article.headline, article.url) == (HEADLINE, "https://example.com/ferry")


def test_a_bracketed_stamp_above_the_headline_is_set_aside() -> None:
    article = parse(f"https://example.com/ferry\n[05/12 09:00]\n{HEADLINE}\n\n{STORY}\n")
    assert article.headline == HEADLINE
    assert article.boilerplate == ("[05/12 09:00]",)
    assert article.paragraphs == (STORY,)


def test_a_note_in_brackets_is_never_the_headline() -> None:
    article = parse(
        f"[Updated with the mayor's comment on the timetable for the spring]\n\n{STORY}\n"
    )
    assert article.headline is None


def test_a_name_between_headline_and_a_date_is_no_standfirst() -> None:
    # Too short for a sentence about the story: a name (the byline rule wants the date
    # right under it), or a label.
    article = parse(f"{HEADLINE}\n\nby:\n\nNora Lindqvist\n\nMarch 3, 2025\n\n{STORY}\n")
    assert article.summary is None


@pytest.mark.parametrize(
    ("line", "headline", "publication"),
    [
        ("Ferry service returns - BBC News", "Ferry service returns", "BBC News"),
        ("Ferry service returns – The Guardian", "Ferry service returns", "The Guardian"),
        ("Spider-Man - the musical - returns", "Spider-Man - the musical - returns", None),
    ],
)
def test_a_page_title_with_the_site_after_a_dash(
    line: str, headline: str, publication: str | None
) -> None:
    article = parse(f"{line}\n\n{STORY}\n")
    assert (article.headline, article.publication, article.photo_credit) == (
        headline,
        publication,
        None,
    )


def test_a_name_and_an_agency_on_the_first_line_stay_a_credit() -> None:
    article = parse(f"Jane Doe | Reuters\n{HEADLINE}\n\n{STORY}\n")
    assert (article.photo_credit, article.headline) == ("Jane Doe | Reuters", HEADLINE)


def test_last_modified_on() -> None:
    date_line = read_date_line("Last modified on Mon 3 Mar 2025 16.10 GMT")
    assert date_line is not None
    assert (date_line.field, date_line.value) == ("updated", "2025-03-03T16:10:00+00:00")


def test_a_paragraph_in_a_script_without_case_quoting_an_acronym_is_no_shout() -> None:
    # str.isupper() holds for it: its only cased letters are the acronym's.
    korean = "시의회는 월요일 새 버스 (BRT) 노선 계획을 승인했다고 밝혔다 주민들은 대체로 환영했다"
    more = "The harbour master said the ferry would run again on Friday."
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{korean}\n\n{LATER}\n\n{more}\n")
    assert article.paragraphs == (STORY, korean, LATER, more)


def test_a_link_in_capitals_between_paragraphs_is_still_set_aside() -> None:
    shout = "FERRY CAPTAIN PULLS SWIMMER FROM THE WATER OFF THE OLD PIER"
    more = "The harbour master said the ferry would run again on Friday."
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{shout}\n\n{LATER}\n\n{more}\n")
    assert article.paragraphs == (STORY, LATER, more)
    assert article.boilerplate == (shout,)


@pytest.mark.parametrize(
    ("line", "value", "updated"),
    [
        ("Updated March 6, 2024 / Original March 4, 2024", "2024-03-04", "2024-03-06"),
        ("Date published: 04.03.2024", "2024-03-04", None),  # points: day first
        ("Article publication date: Monday 4 March 2024", "2024-03-04", None),
    ],
)
def test_publication_and_update_labels(line: str, value: str, updated: str | None) -> None:
    date_line = read_date_line(line)
    assert date_line is not None and (date_line.value, date_line.updated) == (value, updated)


def test_bracketed_labels_with_their_values() -> None:
    text = f"[Title] {HEADLINE}\n[Author] Jane Doe\n[Date] March 4, 2024\n\n{STORY}\n"
    article = parse(text)
    assert (article.headline, article.authors, article.date) == (
        HEADLINE,
        ("Jane Doe",),
        "2024-03-04",
    )


@pytest.mark.parametrize("line", ["Jane Doe, Staff Writer", "Tendai Moyo-Senior Reporter"])
def test_a_name_with_a_job_title_is_a_byline_without_by(line: str) -> None:
    article = parse(f"Title: {HEADLINE}\nContent:\n{line}\n\n{STORY}\n")
    assert len(article.authors) == 1 and article.authors[0] in line
    assert article.paragraphs == (STORY,)


def test_a_job_title_alone_is_no_byline() -> None:
    article = parse(f"{HEADLINE}\n\nSenior Reporter\n\n{STORY}\n")
    assert article.authors == ()


@pytest.mark.parametrize(
    ("signoff", "authors"),
    [
        ("Write to Jane Doe at jane.doe@example.com", ("Jane Doe",)),
        ("Follow Jane Doe on Twitter @jdoe", ("Jane Doe",)),
        ("Jane Doe can be reached at 555-0100.", ("Jane Doe",)),
        ("Email Jane Doe and John Roe at desk@example.com", ("Jane Doe", "John Roe")),
        ("홍길동 기자 gildong@example.co.kr", ("홍길동",)),
        # A Korean paper's reporters' credits run together on one line, each with its address.
        (
            "홍길동 기자 gildong@example.co.kr 김영희 기자 yhkim@example.co.kr",
            ("홍길동", "김영희"),
        ),
        # ... each after the city it was filed from.
        (
            "서울 홍길동 기자 gildong@example.co.kr 세종 김영희 기자 yhkim@example.co.kr",
            ("홍길동", "김영희"),
        ),
        ("Lan Anh (Theo AFP, Reuters)", ("Lan Anh",)),  # Vietnamese: "according to" agencies
        # The page's note on its writer, when no byline named her.
        ("Nora Quill is an entertainment writer for Example News Digital.", ("Nora Quill",)),
        (
            "Nora Quill is a reporter at the Coast Gazette. Follow Nora Quill on X at @nquill.",
            ("Nora Quill",),
        ),
        # "is the", the title in capitals, a sentence more on her beat.
        (
            "Nora Quill is the Deputy Managing Editor for Harbour Tech US. She writes news and "
            "reviews on ferries and cranes.",
            ("Nora Quill",),
        ),
    ],
)
@pytest.mark.parametrize("joint", ["\n\n", "\n"], ids=["own block", "under the paragraph"])
def test_a_closing_signoff_names_the_authors(
    signoff: str, authors: tuple[str, ...], joint: str
) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{LATER}{joint}{signoff}\n")
    assert article.authors == authors
    assert article.paragraphs == (STORY, LATER)
    assert signoff in article.boilerplate


def test_a_scrapers_own_labels_for_the_headline_and_the_paragraphs() -> None:
    article = parse(f"Headlines:\n{HEADLINE}\nParagraphs:\n{STORY}\n\n{LATER}\n")
    assert (article.headline, article.paragraphs) == (HEADLINE, (STORY, LATER))


def test_a_vietnamese_closing_line_names_the_writer_and_the_agencies() -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\nLan Anh (Theo AFP, Reuters)\n")
    assert (article.authors, article.agencies) == (("Lan Anh",), ("AFP", "Reuters"))


def test_a_signoff_does_not_replace_the_byline() -> None:
    article = parse(f"{HEADLINE}\nBy Ann Lee\n\n{STORY}\n\nWrite to Jane Doe at jd@example.com\n")
    assert article.authors == ("Ann Lee",)
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "line",
    [
        "Contact the newsroom at news@example.com",
        "Follow us on Facebook and Instagram",
        "Reach out to your representative at the capitol.",
        "Write to the council at its offices before Friday.",
        # A story's own closing lines about someone, not the page's note on its writer.
        "Tom Hale is a reporter for the paper who first wrote about the pier in 2019.",
        "The Coast Gazette is a paper for the whole region.",
        "Jane Doe is a teacher at the school.",
    ],
)
def test_appeals_to_write_or_follow_name_no_author(line: str) -> None:
    assert parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n").authors == ()


@pytest.mark.parametrize(
    ("credit", "authors", "agency"),
    [
        ("(서울=연합뉴스) 홍길동 기자 =", ("홍길동",), "연합뉴스"),
        # In square brackets, as another agency writes its place, no space after them.
        ("[부산=해안통신] 홍길동 김영희 기자 =", ("홍길동", "김영희"), "해안통신"),
        ("[부산=해안통신]홍길동 기자 =", ("홍길동",), "해안통신"),
    ],
)
def test_a_korean_wire_lead_in_is_the_byline(
    credit: str, authors: tuple[str, ...], agency: str
) -> None:
    lead = f"{credit} 정부는 4일 새 정책을 발표했다."
    text = f"정부, 새 주택 정책 발표\n\n{lead}\n\n다음 달부터 시행된다.\n"
    article = parse(text)
    assert (article.authors, article.agencies) == (authors, (agency,))
    assert article.paragraphs == ("정부는 4일 새 정책을 발표했다.", "다음 달부터 시행된다.")
    assert article.boilerplate == (credit,)


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        ("[해안뉴스=홍길동 기자]", ("홍길동",)),
        ("[해안뉴스 = 홍길동 기자]", ("홍길동",)),
        ("[Coast TV 홍길동 기자]", ("홍길동",)),
        ("[홍길동, 김영희 기자]", ("홍길동", "김영희")),  # no outlet: the reporters alone
    ],
)
def test_an_outlets_lead_in_in_brackets_is_the_byline(lead: str, authors: tuple[str, ...]) -> None:
    body = "정부는 4일 새 정책을 발표했다.\n\n다음 달부터 시행된다.\n"
    text = f"정부, 새 주택 정책 발표\n\n{lead} {body}"
    article = parse(text)
    assert (article.authors, article.agencies) == (authors, ())
    assert article.paragraphs == ("정부는 4일 새 정책을 발표했다.", "다음 달부터 시행된다.")
    assert article.boilerplate == (lead,)


@pytest.mark.parametrize(
    ("signoff", "authors"),
    [
        ("홍길동 기자 hong@example.co.kr", ("홍길동",)),
        ("홍길동 해안뉴스 기자 hong@example.co.kr", ("홍길동",)),
        ("[홍길동 해안뉴스 기자]", ("홍길동",)),
        ("홍길동·김영희 기자", ("홍길동", "김영희")),
        # The city the story was filed from, and "text and photo by".
        ("부산/홍길동 기자 hong@example.co.kr", ("홍길동",)),
        ("글·사진 부산/홍길동 기자", ("홍길동",)),
        ("부산=홍길동 기자", ("홍길동",)),
    ],
)
def test_a_korean_reporters_sign_off_run_onto_the_last_sentence(
    signoff: str, authors: tuple[str, ...]
) -> None:
    last = "다음 달부터 시행된다."
    article = parse(
        f"정부, 새 주택 정책 발표\n\n정부는 4일 새 정책을 발표했다.\n\n{last}{signoff}\n"
    )
    assert article.authors == authors
    assert article.paragraphs == ("정부는 4일 새 정책을 발표했다.", last)
    assert article.boilerplate == (signoff,)


@pytest.mark.parametrize(
    # The portal's lines under the story, no blank line between: its copyright notice,
    # its share and scrapbook buttons, and its comment count over the word "comments".
    "widgets",
    [
        "<저작권자 ⓒ 해안뉴스, 무단전재 및 재배포 금지>\n기사 공유하기\n스크랩\n0\n댓글",
        "기사 공유하기\n스크랩\n댓글 3",
    ],
)
def test_a_korean_sign_off_over_the_portals_widgets(widgets: str) -> None:
    last = "다음 달부터 시행된다."
    story = f"정부는 4일 새 정책을 발표했다.\n{last} 홍길동 기자"
    article = parse(f"정부, 새 주택 정책 발표\n\n{story}\n{widgets}\n")
    assert article.authors == ("홍길동",)
    # One paragraph or two (a long notice makes the first line short of the width).
    assert " ".join(article.paragraphs) == "정부는 4일 새 정책을 발표했다. " + last
    assert set(article.boilerplate) >= {"기사 공유하기", "스크랩", "홍길동 기자"}
    assert not any("댓글" in p or "저작권" in p for p in article.paragraphs)


def test_a_line_in_lower_case_that_names_a_button_carries_a_sentence_on() -> None:
    text = "Talks End\n\nThe talks ended without a deal, and both sides went\nhome\nafter dark.\n"
    article = parse(text)
    assert article.paragraphs == (
        "The talks ended without a deal, and both sides went home after dark.",
    )


def test_a_line_of_chrome_in_a_narrow_block_is_no_wrapped_text() -> None:
    # "Advertisement" is the block's widest line: no shorter than the lines it would wrap.
    article = parse("Talks End\n\nThe talks ended.\nTalks resume\nAdvertisement\n")
    assert article.boilerplate == ("Advertisement",)
    assert "Advertisement" not in " ".join(article.paragraphs)
    assert [section.heading for section in article.sections] == [None]


def test_words_before_the_word_for_reporter_are_no_sign_off() -> None:
    # "... 확정했다.이세빈 기자": the name after the sentence's end, not the words before it.
    last = "그는 새 작품 출연을 확정했다."
    article = parse(f"정부, 새 주택 정책 발표\n\n{last}\n")
    assert article.authors == () and article.paragraphs == (last,)
    glued = parse(f"정부, 새 주택 정책 발표\n\n{last}홍길동 기자 hong@example.co.kr\n")
    assert glued.authors == ("홍길동",) and glued.paragraphs == (last,)


@pytest.mark.parametrize(
    "notice",
    [
        "ⓒ해안뉴스(www.coast.example.kr), 무단전재 및 재배포 금지",
        "[ⓒ 해안뉴스 & coast.example.kr, 무단전재 및 재배포 금지]",
        "(© 2031 Coast Gazette)",
    ],
)
def test_a_copyright_notice_run_onto_the_last_sentence_is_set_aside(notice: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\nThe port reopens in May. {notice}\n")
    assert article.paragraphs == (STORY, "The port reopens in May.")
    assert article.boilerplate == (notice,)


def test_a_copyright_sign_inside_a_sentence_stays() -> None:
    # "Maps by © MapCo and contributors": the sign inside a sentence, not a notice of its own.
    last = "The route is drawn on maps by © MapCo and its contributors."
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{last}\n")
    assert article.paragraphs == (STORY, last) and article.boilerplate == ()


def test_a_korean_photographers_credit_with_an_address() -> None:
    credit = "사진=홍길동 기자 hong@example.co.kr"
    text = f"정부, 새 주택 정책 발표\n{credit}\n\n정부는 4일 새 정책을 발표했다.\n"
    article = parse(text)
    assert (article.photo_credit, article.authors) == ("홍길동", ())


def test_a_korean_byline_line_under_the_headline() -> None:
    article = parse(
        "정부, 새 주택 정책 발표\n홍길동·김영희 기자\n\n정부는 4일 새 정책을 발표했다.\n"
    )
    assert article.authors == ("홍길동", "김영희")


@pytest.mark.parametrize("marks", ["_" * 40, "* * *", "—", "~~~~"])
def test_a_line_of_marks_above_the_headline_is_set_aside(marks: str) -> None:
    article = parse(f"{marks}\n{HEADLINE}\nBy Ann Lee\n\n{STORY}\n")
    assert (article.headline, article.authors) == (HEADLINE, ("Ann Lee",))
    assert article.boilerplate == (marks,)


@pytest.mark.parametrize("heading", ["People are also reading…", "Also read:", "Further reading"])
def test_titles_under_a_reading_list_heading_are_no_text(heading: str) -> None:
    teasers = "Bridge toll plan shelved after protests\n\nMuseum wins a heritage grant"
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{heading}\n\n{teasers}\n")
    assert article.paragraphs == (STORY,)
    assert [s.heading for s in article.sections] == [None]


def test_long_titles_under_a_reading_list_heading_are_no_text_either() -> None:
    teasers = [
        "After breaking a pool record, this county swimmer is set to compete at the worlds",
        "Bridge toll plan shelved after protests",
        "Meet the 2031 all-county rowing team, led by Harbour High's Ann Lee",
    ]
    text = f"{HEADLINE}\n\n{STORY}\n\nPeople are also reading…\n\n" + "\n\n".join(teasers)
    article = parse(f"{text}\n\n{STORY}\n")
    # The list's last title, right over more prose, heads it (a story goes on after a
    # heading); the titles before it are set aside.
    assert set(teasers[:-1]) <= set(article.boilerplate)
    assert article.paragraphs == (STORY, STORY)


def test_a_closing_url_with_an_ad_under_it_is_the_articles_url() -> None:
    article = parse(
        f"{HEADLINE}\n\n{STORY}\n\nhttps://example.test/2031/03/09/ferry\nAdvertisement\n"
    )
    assert article.url == "https://example.test/2031/03/09/ferry"
    assert (article.paragraphs, article.boilerplate) == ((STORY,), ("Advertisement",))


def test_a_podcasts_call_and_its_players_are_chrome() -> None:
    call = "Listen now and subscribe: Apple Podcasts | Google Podcasts | Spotify | RSS Feed"
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{call}\n\n{STORY}\n")
    assert call in article.boilerplate and call not in article.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blocks"])
@pytest.mark.parametrize("label", ["Written by", "Author:", "Story by"])
def test_a_byline_label_its_name_and_job_title_on_lines_of_their_own(gap: str, label: str) -> None:
    text = f"{HEADLINE}{gap}{label}{gap}Jane Doe{gap}Senior Market Analyst\n\n{STORY}\n"
    article = parse(text)
    assert article.authors == ("Jane Doe",)
    assert article.byline == "Jane Doe, Senior Market Analyst"
    assert article.paragraphs == (STORY,)
    assert [s.heading for s in article.sections] == [None]


def test_a_job_title_away_from_the_byline_is_a_heading() -> None:
    text = f"{HEADLINE}\nBy Jane Doe\n\n{STORY}\n\nSenior Market Analyst\n\n{LATER}\n"
    article = parse(text)
    assert article.byline == "Jane Doe"
    assert [s.heading for s in article.sections] == [None, "Senior Market Analyst"]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("A file photo of the harbour (Credits: PTI)", "A file photo of the harbour", "PTI"),
        (
            "Passengers board at dawn. (Photo credit: Jane Doe/Example)",
            "Passengers board at dawn.",
            "Jane Doe/Example",
        ),
        (
            "Passengers board at dawn. Photo credit: Jane Doe",
            "Passengers board at dawn.",
            "Jane Doe",
        ),
        # An Indian paper's credit after a bar, its label in title case.
        (
            "Passengers board at dawn. | Photo Credit: Jane Doe",
            "Passengers board at dawn.",
            "Jane Doe",
        ),
        (
            "Passengers board at dawn.\n| Photo Credit: Jane Doe",
            "Passengers board at dawn.",
            "Jane Doe",
        ),
        ("Hành khách lên phà. Ảnh: Gia Chính", "Hành khách lên phà.", "Gia Chính"),
        ("Hành khách lên phà.Ảnh:Gia Chính", "Hành khách lên phà.", "Gia Chính"),
        ("Passagiere am Hafen. Foto: Hans Müller/dpa", "Passagiere am Hafen.", "Hans Müller/dpa"),
        ("승객들이 배에 오르고 있다. /사진=연합뉴스", "승객들이 배에 오르고 있다.", "연합뉴스"),
        # "provided by" after the caption, with or without a slash; an outlet after a slash.
        ("승객들이 배에 오르고 있다./동해해운 제공", "승객들이 배에 오르고 있다.", "동해해운 제공"),
        ("승객들이 배에 오르고 있다. 동해해운 제공", "승객들이 배에 오르고 있다.", "동해해운 제공"),
        ("승객들이 배에 오르고 있다. /동해뉴스", "승객들이 배에 오르고 있다.", "동해뉴스"),
        ("新碼頭今日啟用。圖片來源：範例公司", "新碼頭今日啟用。", "範例公司"),
        ("הנמל החדש נפתח (צילום: דנה כהן)", "הנמל החדש נפתח", "דנה כהן"),
    ],
)
def test_captions_with_labelled_credits(line: str, caption: str, credit: str) -> None:
    # (The Korean ones: "Passengers board the ship.", credits "Donghae Shipping provided",
    # "Donghae News".)
    article = parse(f"{HEADLINE}\n\n{line}\n\n{STORY}\n")
    assert (article.photo_caption, article.photo_credit) == (caption, credit)
    assert article.paragraphs == (STORY,)


def test_a_korean_reporters_sign_off_after_a_slash_is_no_credit() -> None:
    # "The mayor held a meeting. /Hong Gildong, reporter"
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n시장은 회의를 열었다. /홍길동기자\n")
    assert article.photo_credit is None


@pytest.mark.parametrize("joint", [" ", ""], ids=["spaced", "glued"])
def test_a_copyright_notice_run_onto_the_last_paragraph_is_set_aside(joint: str) -> None:
    notice = "Copyright © 2025 Example Media. All rights reserved."
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{LATER}{joint}{notice}\n")
    assert article.paragraphs == (STORY, LATER)
    assert article.boilerplate == (notice,)


def test_a_paragraph_about_copyright_stays_text() -> None:
    text = "The firm said its copyright claim was strong. All rights reserved, it added."
    assert parse(f"{HEADLINE}\n\n{STORY}\n\n{text}\n").paragraphs == (STORY, text)


def test_an_empty_author_label_over_a_date_label_names_no_one() -> None:
    article = parse(f"Title: {HEADLINE}\nAuthor:\nDate: 2023-05-18T08:25:47Z\nText:\n{STORY}\n")
    assert (article.byline, article.authors) == (None, ())
    assert article.date == "2023-05-18T08:25:47+00:00"


def test_an_article_extractors_printout() -> None:
    # The fields an extractor library prints, Python lists and all, then "Text:".
    text = (
        f"Title: {HEADLINE}\n"
        "Authors: ['Lena Ortiz', 'Tomas Reyes']\n"
        "Publish Date: 2024-10-02 00:00:00\n"
        "Top Image: https://news.example.org/img/ferry.jpg\n"
        "Keywords: ['ferry', 'fares']\n"
        "Summary: The harbour board froze ferry fares.\n"
        "URL: https://news.example.org/local/ferry-fares\n\n"
        f"Text:\n{STORY}\n\n{LATER}\n"
    )
    article = parse(text)
    assert article.headline == HEADLINE
    assert article.authors == ("Lena Ortiz", "Tomas Reyes")
    assert article.date == "2024-10-02T00:00:00"
    assert article.summary == "The harbour board froze ferry fares."
    assert article.url == "https://news.example.org/local/ferry-fares"
    assert article.paragraphs == (STORY, LATER)
    assert article.boilerplate == (
        "Top Image: https://news.example.org/img/ferry.jpg",
        "Keywords: ['ferry', 'fares']",
    )


def test_an_empty_list_of_authors_is_no_byline() -> None:
    article = parse(f"Title: {HEADLINE}\nAuthors: []\nText:\n{STORY}\n")
    assert (article.byline, article.authors, article.unrecognised) == (None, (), ())


def test_a_long_labelled_sentence_after_a_labelled_header_is_text() -> None:
    lede = "Kyiv: Ukrainian officials said on Monday that the ferry line to the port would reopen."
    article = parse(f"Title: {HEADLINE}\nDate: March 2, 2025\n\n{lede}\n")
    assert article.paragraphs == (lede,)


@pytest.mark.parametrize("desk", ["Harare Bureau", "Staff Reporter", "Business Editor"])
def test_a_desk_under_the_headline_is_a_byline_that_names_no_one(desk: str) -> None:
    article = parse(f"{HEADLINE}\n{desk}\n\n{STORY}\n")
    assert (article.byline, article.authors) == (desk, ())
    assert [s.heading for s in article.sections] == [None]


@pytest.mark.parametrize("label", ["Health", "National Sports", "Tendai Moyo in Bulawayo"])
def test_a_beat_or_a_located_name_alone_is_no_byline(label: str) -> None:
    assert parse(f"{HEADLINE}\n{label}\n\n{STORY}\n").byline is None


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        ("KARACHI (Reuters): The ferry ran again on Monday.", "KARACHI", "Reuters"),
        ("LAHORE, Pakistan: The ferry ran again on Monday.", "LAHORE, Pakistan", None),
    ],
)
def test_a_dateline_with_a_colon(lede: str, place: str, agency: str | None) -> None:
    article = parse(f"{HEADLINE}\n\n{lede}\n")
    assert article.dateline == place
    assert article.paragraphs == ("The ferry ran again on Monday.",)
    assert article.agencies == ((agency,) if agency else ())


# "NEW DELHI:" alone is left as text: "TITULO:" (Spanish for "title") has the same shape.
@pytest.mark.parametrize(
    "label", ["UPDATE", "FACT CHECK", "EDITOR'S NOTE", "ICYMI", "ANALYSIS", "TITULO", "NEW DELHI"]
)
def test_a_label_in_capitals_with_a_colon_is_no_dateline(label: str) -> None:
    lede = f"{label}: The ferry ran again on Monday."
    article = parse(f"{HEADLINE}\n\n{lede}\n")
    assert (article.dateline, article.paragraphs) == (None, (lede,))


def test_a_korean_lead_in_after_a_summary() -> None:
    summary = "정부가 새 주택 정책을 발표했다."
    lead = "(서울=뉴스1) 홍길동 기자 = 정부는 4일 새 정책을 발표했다."
    article = parse(f"정부, 새 주택 정책 발표\n\n{summary}\n\n{lead}\n\n다음 달부터 시행된다.\n")
    assert (article.authors, article.agencies) == (("홍길동",), ("뉴스1",))
    assert article.paragraphs[1] == "정부는 4일 새 정책을 발표했다."


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("〔記者林小明／高雄報導〕", ("林小明",)),
        ("記者林小明／綜合報導", ("林小明",)),
        ("记者 张三 报道", ("张三",)),
        # The paper before the word for reporter, names apart by a space, a mark before.
        ("本报记者 张三", ("张三",)),
        ("-海港日报记者林小明 王大海", ("林小明", "王大海")),
        ("□新华社记者 张三、李四", ("张三", "李四")),
        ("부산=박예시 기자 park@example.co.kr", ("박예시",)),
    ],
)
def test_reporter_credits_in_chinese_and_korean(line: str, authors: tuple[str, ...]) -> None:
    assert (
        parse(f"港口新碼頭今日啟用\n{line}\n\n新碼頭今日啟用，市長出席典禮。\n").authors == authors
    )


@pytest.mark.parametrize(
    "line",
    [
        "記者會上表示，碼頭今日啟用。",
        "記者會議",
        "記者王小明",
        "他对记者说 没有",
        "本报记者会上表示，码头今日启用。",
    ],
)
def test_sentences_opening_with_the_word_for_reporter_credit_no_one(line: str) -> None:
    assert parse(f"港口新碼頭今日啟用\n{line}\n\n新碼頭今日啟用，市長出席典禮。\n").authors == ()


def test_a_record_printed_as_one_line_of_labelled_fields() -> None:
    body = "Operators said on Monday that fares would rise in spring."
    line = (
        f"    Title: {HEADLINE}; date: 2031-03-14; URL: https://gazette.example/881/; "
        f"type: news; Description: {body}"
    )
    article = parse(f"{line}\n")
    assert (article.headline, article.date) == (HEADLINE, "2031-03-14")
    assert (article.url, article.summary) == ("https://gazette.example/881/", body)
    assert article.boilerplate == ("type: news",)


@pytest.mark.parametrize(
    "line",
    [
        f"Title: {HEADLINE}; a subtitle; and more",  # no known label after the semicolons
        f"Title: {HEADLINE}; date: 2031-03-14",  # one field more is no run of fields
    ],
)
def test_a_title_with_semicolons_stays_whole(line: str) -> None:
    assert parse(f"{line}\n\n{STORY}\n").headline == line.removeprefix("Title: ")


def test_editors_initials_and_agencies_close_a_german_wire_story() -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\nmm/uh (dpa, afp, rtr)\n")
    assert article.agencies == ("dpa", "AFP", "Reuters")
    assert article.paragraphs == (STORY,)
    assert article.boilerplate == ("mm/uh (dpa, afp, rtr)",)


GERMAN_STORY = "Der Verein gewann am Sonntag das Derby gegen den Nachbarn mit zwei zu eins."


@pytest.mark.parametrize(
    ("note", "date", "authors", "agencies"),
    [
        ("(APA, 1.2.2015)", "2015-02-01", (), ("APA",)),
        ("(Jana Berger, 15.3.2016)", "2016-03-15", ("Jana Berger",), ()),
        ("(APA/dpa, 3.4.2016)", "2016-04-03", (), ("APA", "dpa")),
        ("(apa, 3.4.2016)", "2016-04-03", (), ("APA",)),
        ("(red, 30.11.2016)", "2016-11-30", (), ()),  # the desk: the day, no one named
    ],
)
@pytest.mark.parametrize("joint", [" ", "\n\n"], ids=["run on", "alone"])
def test_a_closing_note_of_source_and_day_under_a_german_story(
    note: str, date: str, authors: tuple[str, ...], agencies: tuple[str, ...], joint: str
) -> None:
    """Austrian and German pages close a story with whence it came and the day."""
    article = parse(f"Derby gewonnen\n\n{GERMAN_STORY}{joint}{note}\n")
    assert (article.date, article.authors, article.agencies) == (date, authors, agencies)
    assert article.paragraphs == (GERMAN_STORY,)
    assert article.boilerplate == (note,)
    assert article.lines["date"] == (3 if joint == " " else 5)


def test_a_date_line_of_the_pages_own_wins_over_a_closing_notes_day() -> None:
    article = parse(f"Derby gewonnen\n\n3. März 2016\n\n{GERMAN_STORY} (APA, 1.2.2015)\n")
    assert (article.date, article.agencies) == ("2016-03-03", ("APA",))
    assert article.paragraphs == (GERMAN_STORY,)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Inside the sentence: no sentence's end before the bracket.
        "Der Landtag hat die Frist für die Anträge der Gemeinden verlängert (Beschluss, 1.2.2015)",
        f"{GERMAN_STORY} (1.2.2015)",  # a day, no source
        f"{GERMAN_STORY} (APA, 2015)",  # a year, no day
    ],
)
def test_what_is_no_closing_note(paragraph: str) -> None:
    article = parse(f"Derby gewonnen\n\n{paragraph}\n")
    assert (article.date, article.agencies, article.boilerplate) == (None, (), ())
    assert article.paragraphs == (paragraph,)


def test_a_quotation_in_capitals_is_a_sub_head_not_a_link() -> None:
    quote = "“WE WILL APPEAL EVERY SINGLE RULING”"
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{quote}\n\n{LATER}\n\nMore text follows here.\n")
    assert quote not in article.boilerplate
    assert quote in [s.heading for s in article.sections] + list(article.paragraphs)


@pytest.mark.parametrize(
    "line", ["Partager", "Lire plus tard", "Publicidade", "Anzeige", "Baca juga", "관련기사"]
)
def test_page_chrome_in_other_languages(line: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n\n{LATER}\n")
    assert article.paragraphs == (STORY, LATER)
    assert line in article.boilerplate


def test_chinese_items_with_their_source_links() -> None:
    text = (
        "第 1 則  來源連結：https://news.example.test/a1.html\n港口新碼頭今日啟用\n\n"
        "〔記者林小明／高雄報導〕新碼頭今日啟用，市長出席典禮。\n\n"
        "第 2 則  來源連結：https://news.example.test/a2.html\n圖書館重新開放\n\n"
        "記者王大同／綜合報導\n\n圖書館今日重新開放。\n"
    )
    articles = [parse(record.text) for record in split_text(text)]
    assert [(a.headline, a.url, a.authors) for a in articles] == [
        ("港口新碼頭今日啟用", "https://news.example.test/a1.html", ("林小明",)),
        ("圖書館重新開放", "https://news.example.test/a2.html", ("王大同",)),
    ]
    assert articles[0].paragraphs == ("新碼頭今日啟用，市長出席典禮。",)


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("記者林小明／高雄報導", ("林小明",)),
        ("實習記者林小明、王大同／綜合報導", ("林小明", "王大同")),  # an intern, two names
    ],
)
def test_a_taiwanese_reporters_credit_glued_to_the_first_sentence(
    credit: str, authors: tuple[str, ...]
) -> None:
    """No brackets around it: its slash and its closing "reports" end the credit."""
    article = parse(
        f"港口新碼頭今日啟用\n\n{credit}新碼頭今日啟用，市長出席典禮。\n\n工程提前完成。\n"
    )
    assert article.authors == authors
    assert article.paragraphs == ("新碼頭今日啟用，市長出席典禮。", "工程提前完成。")
    assert credit in article.boilerplate


def test_a_sentence_opening_with_the_word_for_press_conference_keeps_it() -> None:
    text = "港口新碼頭今日啟用\n\n記者會上，市長表示新碼頭今日啟用。\n\n工程提前完成。\n"
    article = parse(text)
    assert article.authors == ()
    assert article.paragraphs[0] == "記者會上，市長表示新碼頭今日啟用。"


@pytest.mark.parametrize(
    ("lead", "authors", "agencies"),
    [
        ("新华社北京5月5日电（记者林海）", ("林海",), ("新华社",)),  # a wire's dateline first
        ("本报上海5月5日电（记者王明、李华）", ("王明", "李华"), ()),  # the paper's own
    ],
)
def test_a_mainland_wires_dateline_and_reporter_open_the_story(
    lead: str, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    article = parse(f"港口北侧码头重新开放\n\n{lead}港口北侧码头今天重新开放。\n\n工程提前完成。\n")
    assert (article.authors, article.agencies) == (authors, agencies)
    assert article.paragraphs == ("港口北侧码头今天重新开放。", "工程提前完成。")


def test_a_wires_dateline_without_a_reporter_stays_in_the_text() -> None:
    article = parse("港口码头重新开放\n\n新华社北京5月5日电 港口北侧码头今天重新开放。\n")
    assert article.authors == ()
    assert article.paragraphs == ("新华社北京5月5日电 港口北侧码头今天重新开放。",)


def test_a_caption_printed_twice_over_its_credit_is_one_caption() -> None:
    caption = "Passengers board the morning ferry in the harbour."
    article = parse(
        f"{HEADLINE}\n\n{STORY}\n\n{caption}\n{caption}\nJane Doe/AFP/Getty Images\n\n{LATER}\n"
    )
    assert (article.photo_caption, article.photo_credit) == (caption, "Jane Doe/AFP/Getty Images")
    assert article.paragraphs == (STORY, LATER)


def test_a_menu_over_nothing_the_header_reads_is_set_aside_once() -> None:
    # The header set the menu aside, then took nothing under it: the body began at the
    # top again, and every item was both boilerplate and a line of the paragraph.
    items = ["Advertisement", "By the numbers", "Share this article", "Home", "World", "Sport"]
    article = parse("\n".join([*items, "By"]) + "\n")
    assert article.boilerplate == tuple(items)
    assert not any(item in paragraph for item in items for paragraph in article.paragraphs)


def test_a_page_menu_at_the_top_and_a_date_over_the_standfirst() -> None:
    menu = "\n".join(
        ["Home", "News", "Notices", "Events", "Teaching", "Research", "Contact", "Home > News"]
    )
    dek = "The list names the students chosen for the research grants"
    text = f"{menu}\n{HEADLINE}\nMarch 12, 2024 - {dek}\n\n{STORY}\n"
    article = parse(text)
    assert (article.headline, article.date, article.summary) == (HEADLINE, "2024-03-12", dek)
    assert article.boilerplate == tuple(menu.split("\n"))
    assert article.paragraphs == (STORY,)


def test_a_press_releases_date_over_its_lead_in_japanese() -> None:
    # A language written without spaces: the sentence after the dash is a standfirst.
    lead = "島へのフェリーが月曜日に運航を再開し、乗客四十人を乗せた。"
    article = parse(f"フェリー運航再開\n\n2031年5月2日 - {lead}\n\n運航は毎日行われる。\n")
    assert (article.date, article.summary) == ("2031-05-02", lead)
    assert article.paragraphs == ("運航は毎日行われる。",)


def test_a_menu_with_buttons_in_lower_case_and_a_breadcrumb_ending_in_the_title() -> None:
    menu = ["Services", "Laws", "Channels", "E-mail", "Webmail", "high contrast", "larger text"]
    crumb = f"Home / Campus / News / {HEADLINE}"
    article = parse(
        "\n".join([*menu, "Site map", "Site map", crumb, "NEWSDESK", HEADLINE, "", STORY])
    )
    assert article.headline == HEADLINE
    assert article.paragraphs == (STORY,)


def test_a_short_menu_over_a_headline_is_left_to_the_other_rules() -> None:
    article = parse(f"Home\nNews\n{HEADLINE}\n\n{STORY}\n")
    assert article.headline is not None


def test_a_date_and_words_as_the_first_line_is_still_the_headline() -> None:
    line = "March 19, 2025 - the day the talks began in earnest"
    assert parse(f"{line}\n\n{STORY}\n").headline == line


# A page's text taken without separators: the headline runs into the standfirst.
GLUED_TITLE = "Island Ferry Returns After Week Of Storms"
GLUED_STANDFIRST = "The service ran again on Monday, and islanders queued at the pier by dawn."


@pytest.mark.parametrize(
    "fields",
    [
        "By Jane Doe\nMarch 3, 2025",
        "March 3, 2025",
        # The label alone, the name under it: the header zone has ended by then.
        "Reported by:\nJane Doe",
    ],
)
def test_a_headline_glued_to_its_standfirst_is_split(fields: str) -> None:
    article = parse(f"{GLUED_TITLE}{GLUED_STANDFIRST}\n{fields}\n\n{STORY}\n")
    assert article.headline == GLUED_TITLE
    assert article.summary == GLUED_STANDFIRST
    assert article.paragraphs == (STORY,)


def test_a_capital_inside_a_word_is_not_always_glue() -> None:
    # A name in capitals inside a sentence-case line, not the glue.
    first = "Hackers who spread the ransomware LockBolt to ten ports asked for payment in coins."
    article = parse(f"{first}\nBy Jane Doe\n\n{STORY}\n")
    assert article.headline is None
    assert any(first in text for text in (article.summary or "", *article.paragraphs))


def test_a_capital_inside_a_title_case_title_is_not_glue() -> None:
    # More of the title after the capital: "PlayStation", not a standfirst; the title in
    # title case is the headline though it ends in a full stop.
    first = "Island Singer Says PlayStation Deal Was Unfair As Lawyers Prepare A Court Case."
    article = parse(f"{first}\nBy Jane Doe\n\n{STORY}\n")
    assert (article.headline, article.summary) == (first, None)
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "title",
    [
        "11-Year-Old Boy Graduates From Harbour College With Three Degrees.",
        "Ferry Crews Return To Work After Two-Week Strike.",
    ],
)
def test_a_title_case_title_ending_in_a_full_stop_is_the_headline(title: str, gap: str) -> None:
    article = parse(f"{title}{gap}{STORY}\n\nThe port reopens in May.\n")
    assert article.headline == title
    assert article.paragraphs == (STORY, "The port reopens in May.")


@pytest.mark.parametrize(
    "first",
    [
        "Ferry crews return to work after a strike.",  # a sentence: the story's first
        "Jane Doe met the mayor. Ferry Crews Returned.",  # two sentences
        "The Port Reopens.",  # two words of four letters: too few to tell
    ],
)
def test_a_sentence_case_line_ending_in_a_full_stop_is_no_headline(first: str) -> None:
    article = parse(f"{first}\n\n{STORY}\n")
    assert article.headline is None
    assert article.paragraphs[0] == first


def test_a_title_case_line_over_a_title_is_no_headline() -> None:
    # An advertisement's line over the story's title, in a crawl of the page.
    article = parse(f"Special Fares From Harbour Town To The Islands.\nFerries return\n\n{STORY}\n")
    assert article.headline != "Special Fares From Harbour Town To The Islands."


def test_glue_is_looked_for_only_over_a_byline_or_date() -> None:
    # Without them, the line may be a story's first sentence naming "NewsNight".
    article = parse(f"{GLUED_TITLE}{GLUED_STANDFIRST}\n\n{STORY}\n")
    assert article.headline is None
    assert article.paragraphs[0] == f"{GLUED_TITLE}{GLUED_STANDFIRST}"


# Opinion pages: the rubric under the headline, the writer's name alone, then a line
# describing the writer.
@pytest.mark.parametrize(
    ("rubric", "name", "description"),
    [
        ("ANALYSIS", "Jane Doe", "Professor of economics at the University of Leeds"),
        ("Comment", "Peter Okafor", "Senior fellow at the Harbour Institute"),
        ("CHRONIQUE", "Jeanne Dupont", "Professeure à l’université de Lyon"),
        ("Kommentar", "Anna Schmidt", "Korrespondentin in Brüssel"),
    ],
)
def test_a_writer_described_under_her_name(rubric: str, name: str, description: str) -> None:
    article = parse(f"{HEADLINE}\n{rubric}\n\n{name}\n\n{description}\n\n{STORY}\n\n{LATER}\n")
    assert article.headline == HEADLINE
    assert article.authors == (name,)
    assert article.byline == f"{name}, {description}"
    assert rubric in article.boilerplate
    assert article.paragraphs == (STORY, LATER)


@pytest.mark.parametrize(
    "under",
    [
        "Senior staff left the ferry company in May.",  # a sentence, not a description
        "Harbour users say the timetable is too thin.",  # no writer's role in it
    ],
)
def test_a_name_alone_over_other_lines_is_no_byline(under: str) -> None:
    article = parse(f"{HEADLINE}\n\nJane Doe\n\n{under}\n\n{STORY}\n")
    assert article.authors == () and article.byline is None
    assert under in article.paragraphs  # the name itself heads them


@pytest.mark.parametrize(
    "line",
    [
        "Image: No image available for this article",
        "Images: 2 (Sizes: 1200x800, 640x480)",
        "Photo: N/A",
        "Source: Scraped",
    ],
)
def test_a_crawlers_note_where_a_credit_would_be_is_no_credit(line: str) -> None:
    article = parse(f"{HEADLINE}\n{line}\n\n{STORY}\n")
    assert article.photo_credit is None
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "contact", ["OECD – press@oecd.example", "UNICEF / news.desk@unicef.example"]
)
def test_a_press_contact_is_no_credit(contact: str) -> None:
    # A press release closes with its press office's address, in a credit's form (an
    # agency's name, a dash or a slash, and more).
    article = parse(f"{HEADLINE}\n\n{STORY}\n\nFor more information:\n\n{contact}\n")
    assert article.photo_credit is None
    assert contact in [*article.paragraphs, *(section.heading for section in article.sections)]


@pytest.mark.parametrize(
    ("glued", "credit"),
    [
        ("The plane flies over Eastvik.Jane Doe/AP The president said it was fine.", "Jane Doe/AP"),
        ("The skyline at dusk. Lena De La Rey / AFP Believing the call was over, she left.",
         "Lena De La Rey / AFP"),
        # A labelled credit in brackets after its caption, as some outlets print one.
        ("The band on stage (Image: Jane Doe) The singer said he was proud.", "Jane Doe"),
        ("Firefighters at the mill (Picture: Eastvik Fire Service | 2031) It burned all night.",
         "Eastvik Fire Service"),
    ],
)  # fmt: skip
def test_a_wire_credit_between_a_flattened_pages_sentences_is_the_credit(
    glued: str, credit: str
) -> None:
    article = parse(f"{HEADLINE}\n\n{glued} {STORY}\n")
    assert article.photo_credit == credit
    assert article.paragraphs == (f"{glued} {STORY}",)  # the page's text as it was


@pytest.mark.parametrize(
    "sentence",
    ["The AP/NORC poll found support fell.", "Support fell, said Jane Doe/AP writers."],
)
def test_a_slash_before_an_agencys_name_in_a_sentence_is_no_credit(sentence: str) -> None:
    assert parse(f"{HEADLINE}\n\n{sentence} {STORY}\n").photo_credit is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Bratislava 15. mája 2031 (TASR/HSP/Foto:SITA-Jan Novak)", "SITA-Jan Novak"),
        ("Bratislava 15. mája 2031 (HSP/Foto:SITA/AP-Jane Doe)", "SITA/AP-Jane Doe"),
        ("Eastvik, 3 May (Photo: Harbour Board)", "Harbour Board"),
    ],
)
def test_a_datelines_line_closed_by_the_pictures_credit(line: str, credit: str) -> None:
    # A Slovak outlet opens each story with its place and day, then the agencies and the
    # picture's credit in brackets.
    article = parse(f"{HEADLINE}\n\n{line}\n\n{STORY}\n")
    assert article.photo_credit == credit and article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Le présentateur sur le plateau © France 5", "Le présentateur sur le plateau", "France 5"),
        ("Featured Image via Getty Images/Jane Doe", None, "Getty Images/Jane Doe"),
    ],
)
def test_a_signed_or_blogs_picture_credit(line: str, caption: str | None, credit: str) -> None:
    article = parse(f"{HEADLINE}\n\n{line}\n\n{STORY}\n")
    assert (article.photo_caption, article.photo_credit) == (caption, credit)
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "line", ["The harbour at dusk © 2031 Coast Gazette", "Copyright © Coast Gazette"]
)
def test_a_copyright_notice_is_no_picture_credit(line: str) -> None:
    assert parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n").photo_credit is None


@pytest.mark.parametrize("teaser", ["ALSO READ Court rejects the ferry plea", "ALSO WATCH Cranes"])
def test_a_teaser_labelled_in_capitals_is_boilerplate(teaser: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{teaser}\n\n{LATER}\n")
    assert article.boilerplate == (teaser,) and article.paragraphs == (STORY, LATER)


def test_a_labelled_credit_in_a_summarys_text_is_the_credit() -> None:
    # A crawler's record a line: its "Description:" holds a flattened page, picture and all.
    description = "The band on stage (Image: Jane Doe) The singer said he was proud."
    article = parse(f"Title: {HEADLINE}; date: 2031-03-04; Description: {description}\n")
    assert (article.summary, article.photo_credit) == (description, "Jane Doe")


@pytest.mark.parametrize("aside", ["(Image: not available)", "(see picture: left)"])
def test_brackets_that_credit_no_one_are_no_credit(aside: str) -> None:
    assert (
        parse(f"{HEADLINE}\n\nThe band on stage {aside} played on. {STORY}\n").photo_credit is None
    )


def test_a_news_archive_export() -> None:
    # LexisNexis-style: title, paper, a date with its weekday after the year, notices,
    # labelled facts, then "Body" alone over the story.
    text = (
        f"\n\n{HEADLINE}\nThe Valley Courier\nMarch 4, 2031 Tuesday 9:15 AM GMT\n\n"
        "Copyright 2031 The Valley Courier All Rights Reserved\n\n"
        "Section: LOCAL NEWS; Version:2\nLength: 512 words\n"
        "Byline: Jane Doe, and John Roe and Ann Lee\n"
        "Highlight: The ferry is back after a week of storms.\n\nBody\n\n"
        f"{STORY}\n\n{LATER}\n"
    )
    article = parse(text)
    assert article.headline == HEADLINE
    assert article.publication == "The Valley Courier"
    assert article.date == "2031-03-04T09:15:00+00:00"
    assert article.authors == ("Jane Doe", "John Roe", "Ann Lee")
    assert article.summary == "The ferry is back after a week of storms."
    assert article.paragraphs == (STORY, LATER)
    assert "Length: 512 words" in article.boilerplate


def test_a_news_page_with_menus_a_picture_and_a_topic_over_the_headline() -> None:
    menu = "\n".join(
        (
            *("Skip to main content", "Skip to navigation", "Sign in", "Support the Courier"),
            *("Give a year-end gift", "News", "Opinion", "Sport", "Culture"),
            *("The Courier - Back to home", "Travel"),
        )
    )
    text = (
        f"{menu}\n"
        "Islanders queue at the pier at dawn. Composite: Design Desk; Jon Roe/Getty Images\n"
        "Island life\n"
        f"{HEADLINE}, and why the islanders cheered\n"
        "After a week of storms the ferry sailed again, and the shops can restock their shelves\n"
        "Jane Doe\n"
        "Tue 9 Dec 2031 07.30 GMT\n"
        "Last modified on Tue 9 Dec 2031 09.12 GMT\n\n"
        f"{STORY}\n"
    )
    article = parse(text)
    assert article.headline == f"{HEADLINE}, and why the islanders cheered"
    assert article.summary.startswith("After a week of storms")
    assert article.authors == ("Jane Doe",)
    assert (article.date, article.updated) == (
        "2031-12-09T07:30:00+00:00",
        "2031-12-09T09:12:00+00:00",
    )
    assert article.photo_credit == "Design Desk; Jon Roe/Getty Images"
    assert article.photo_caption == "Islanders queue at the pier at dawn."
    assert {"Sign in", "Travel", "Island life"} <= set(article.boilerplate)
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    ("label", "authors"),
    [
        ("Interviewer: By Jane Doe", ("Jane Doe",)),
        ("Reporter: Jane Doe", ("Jane Doe",)),
        ("Written by: Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ],
)
def test_other_labels_for_the_writer(label: str, authors: tuple[str, ...]) -> None:
    article = parse(f"Title: {HEADLINE}\n{label}\nContent: {STORY}\n")
    assert article.authors == authors


def test_a_byline_naming_someone_replaces_an_account_name() -> None:
    article = parse(f"Title: {HEADLINE}\nAuthor: siteadmin2\n\nBy Jane Doe, MD\n\n{STORY}\n")
    assert article.authors == ("Jane Doe",)
    assert "siteadmin2" in article.unrecognised


def test_a_menu_over_a_split_byline_and_a_byline_printed_twice() -> None:
    menu = "\n".join(("Renew", "Store", "Join", "Member Login", "Sections", "Science", "Search"))
    fields = "by\nJane Doe\nMarch 3, 2031"
    text = f"{menu}\n{fields}\n{HEADLINE}\n{fields}\n{STORY}\n"
    article = parse(text)
    assert (article.headline, article.authors) == (HEADLINE, ("Jane Doe",))
    assert (article.date, article.updated) == ("2031-03-03", None)
    assert {"Search", "by Jane Doe", "March 3, 2031"} <= set(article.boilerplate)
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    ("value", "byline"),
    [("Interviewer Not Found", None), ("By The Editors", "The Editors")],
)
def test_a_writer_label_with_a_placeholder_or_a_desk(value: str, byline: str | None) -> None:
    article = parse(f"Title: {HEADLINE}\nInterviewer: {value}\nContent: {STORY}\n")
    assert (article.byline, article.authors) == (byline, ())


@pytest.mark.parametrize(
    ("lede", "place", "wire", "day"),
    [
        ("NEW YORK, March 9, 2031 /PRNewswire/ -- ", "NEW YORK", "PRNewswire", "2031-03-09"),
        ("TORONTO, March 09, 2031 (GLOBE NEWSWIRE) -- ", "TORONTO", "GLOBE NEWSWIRE", "2031-03-09"),
        ("EASTVIK, NL, MARCH 9, 2031/Coastwire/ – ", "EASTVIK, NL", "Coastwire", "2031-03-09"),
        ("SAN FRANCISCO--(BUSINESS WIRE)--", "SAN FRANCISCO", "BUSINESS WIRE", None),
    ],
)
def test_a_press_releases_dateline(lede: str, place: str, wire: str, day: str | None) -> None:
    """The place, the wire that sent it (an agency) and the day it was sent, which dates
    the article when no date line does."""
    article = parse(f"{HEADLINE}\n\n{lede}The port opened a new quay on Monday.\n")
    assert (article.dateline, article.agencies, article.date) == (place, (wire,), day)
    assert article.paragraphs == ("The port opened a new quay on Monday.",)
    if day is not None:
        assert article.lines["date"] == 3


def test_a_date_line_wins_over_a_press_releases_day() -> None:
    text = f"{HEADLINE}\n\nMarch 10, 2031\n\nNEW YORK, March 9, 2031 /PRNewswire/ -- The port.\n"
    assert parse(text).date == "2031-03-10"


def test_a_pages_menus_between_its_title_bar_and_the_headline_again() -> None:
    """A saved TV-station page: the title bar, the site's menus line by line, the headline
    again, the standfirst, a video player's lines, then labelled byline and dates."""
    text = (
        "Harbor bridge reopens after repairs | kxyz.com\n"
        "Skip Navigation\nNews\nWeather\nLatest News Stories\nFerry fares to rise next month\n"
        "Local News\n"
        "Harbor bridge reopens after repairs\n"
        "The city reopened the harbor bridge on Thursday after four months of repairs.\n"
        "More Videos\nNext up in 5\nExample video title will go here for this video\n"
        "Author: Dana Whitfield\n"
        "Published: 7:02 AM CDT May 9, 2031\n"
        "Updated: 9:40 AM CDT May 9, 2031\n"
        "PORTVILLE, Texas — Drivers had used a detour through the old town since January, "
        "and shops on the quay said they had lost a third of their trade.\n"
    )
    article = parse(text)
    assert (article.headline, article.publication, article.authors) == (
        "Harbor bridge reopens after repairs",
        "kxyz.com",
        ("Dana Whitfield",),
    )
    assert (article.date, article.updated) == (
        "2031-05-09T07:02:00-05:00",
        "2031-05-09T09:40:00-05:00",
    )
    assert article.summary == (
        "The city reopened the harbor bridge on Thursday after four months of repairs."
    )
    assert article.boilerplate[:7] == (
        "Skip Navigation",
        "News",
        "Weather",
        "Latest News Stories",
        "Ferry fares to rise next month",
        "Local News",
        "Harbor bridge reopens after repairs",
    )
    assert article.paragraphs[0].startswith("Drivers had used a detour")


def test_text_marker_under_the_menus_and_the_headline_again_opens_the_body() -> None:
    """Canonical text writes "Text:" there when the body's first line could pass for a
    field: the marker is no paragraph, and the date-shaped line under it is the body's, as
    under a "Text:" with no menus above it."""
    body = "Text:\n\nMarch 3, 2031\n\nThe ferry ran again on Monday.\n"
    menus = "Harbour\n\nFerries\n\nTides\n\nFerry resumes\n\n"
    article = parse(f"Ferry resumes\n\n{menus}{body}")
    assert article.boilerplate == ("Harbour", "Ferries", "Tides", "Ferry resumes")
    assert article.date is None
    assert article.sections == parse(f"Ferry resumes\n\n{body}").sections
    assert "Text:" not in article.paragraphs


def test_lines_before_the_headline_again_that_are_fields_are_no_menu() -> None:
    text = (
        "Ferry resumes\n\nBy Ada Morrow\n\nMarch 3, 2031\n\nHarbour\n\nFerry resumes\n\nIt ran.\n"
    )
    article = parse(text)
    assert article.authors == ("Ada Morrow",)
    assert "By Ada Morrow" not in article.boilerplate


# Long enough (over 100 characters) for the lines around it to stay lines of their own.
CAPTION = (
    "Workers inspect the underside of the bridge on Monday, a week before the city closes "
    "it to all traffic."
)


def test_a_news_pages_caption_and_credit_label_between_standfirst_and_byline() -> None:
    """A saved news page: the standfirst, the audio and share buttons, the lead picture's
    caption over "Credit..." and its credit, then the byline and the date."""
    text = (
        "Title: Harbour bridge to close for repairs - The Daily Ledger\n\n"
        "SKIP TO CONTENT\nSECTION NAVIGATION\n\nADVERTISEMENT\n\n"
        "Harbour bridge to close for repairs\n\n"
        "The city said the work, the first in forty years, would take six weeks.\n\n"
        "Listen to this article · 4:12 min Learn more\nShare full article\n"
        f"{CAPTION}\nCredit...\nLena Ortiz for The Daily Ledger\n\n"
        "By Tom HaleRita Moss\n\nMar. 4, 2031\n\n"
        "The main bridge will close for six weeks from Monday, the mayor said on Tuesday.\n"
    )
    article = parse(text)
    assert (article.photo_caption, article.photo_credit) == (
        CAPTION,
        "Lena Ortiz for The Daily Ledger",
    )
    assert article.summary == (
        "The city said the work, the first in forty years, would take six weeks."
    )
    assert (article.authors, article.date) == (("Tom Hale", "Rita Moss"), "2031-03-04")
    assert article.paragraphs[-1].startswith("The main bridge will close")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Featured Photo by Jana Berger/Getty Images", "Jana Berger/Getty Images"),
        ("Featured image via video screen capture", "video screen capture"),
        ("Photo by Jana Berger/Getty Images", "Jana Berger/Getty Images"),
        ("Jana Berger/Getty Images", "Jana Berger/Getty Images"),
    ],
)
def test_a_credit_alone_under_the_story_loses_its_label(line: str, credit: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n")
    assert (article.photo_credit, article.paragraphs) == (credit, (STORY,))


def test_a_korean_broadcast_scripts_cues_and_sign_offs() -> None:
    """A TV news script: the anchor's cue, the report's cue, the reporter's sign-off on air
    ("KBS 뉴스 김민수입니다.", "This is Kim Min-su, KBS News") and the address line."""
    text = (
        "<앵커 멘트>\n\n항구 다리가 넉 달 만에 다시 열렸습니다.\n\n<리포트>\n\n"
        "부산 항구의 다리가 오늘 다시 열렸습니다.\n\n시민들은 환영했습니다.\n\n"
        "KBS 뉴스 김민수입니다.\n\n김민수기자 (minsu@example.co.kr)\n"
    )
    article = parse(text)
    assert article.headline is None
    assert article.authors == ("김민수",)
    assert article.paragraphs == (
        "항구 다리가 넉 달 만에 다시 열렸습니다.",
        "부산 항구의 다리가 오늘 다시 열렸습니다.",
        "시민들은 환영했습니다.",
    )
    assert article.boilerplate[:2] == ("<앵커 멘트>", "<리포트>")
    # Written as canonical text, the byline is the sign-off: read back, one author still.
    assert parse(to_text(article)).authors == ("김민수",)


@pytest.mark.parametrize("line", ["이것은 뉴스 보도입니다.", "오늘의 뉴스 요약입니다."])
def test_a_sentence_ending_like_a_broadcast_sign_off_names_no_one(line: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n")
    assert article.authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "The mayor is the chief editor for the council newsletter.",  # no outlet's name
        "Nora Quill is the editor of the harbour's history, published in May.",
    ],
)
def test_a_closing_sentence_about_an_editor_names_no_author(line: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n")
    assert (article.authors, article.paragraphs[-1]) == ((), line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # The BBC's "Image source," in its other languages, and other pages' labels.
        ("Sumber gambar, Getty Images", "Getty Images"),
        ("Fuente de la imagen, Getty Images", "Getty Images"),
        ("Crédito, Getty Images", "Getty Images"),
        ("Beeld: ANP / Jana Berger", "ANP / Jana Berger"),
        ("Credit foto: Ion Popescu", "Ion Popescu"),
        ("Bildquelle: dpa", "dpa"),
    ],
)
def test_a_credit_under_its_label_in_other_languages(line: str, credit: str) -> None:
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n\n{LATER}\n")
    assert (article.photo_credit, article.paragraphs) == (credit, (STORY, LATER))


def test_a_loans_line_labelled_credito_is_no_photo_credit() -> None:
    line = "Crédito: R$ 500 milhões para a obra"
    article = parse(f"{HEADLINE}\n\n{STORY}\n\n{line}\n\n{LATER}\n")
    assert article.photo_credit is None
