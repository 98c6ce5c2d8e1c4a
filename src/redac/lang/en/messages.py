"""Messages in English."""

LINE = "{title}: {text}"

TITLES = {
    "keyphrase_in_introduction": "Keyphrase in introduction",
    "keyphrase_length": "Keyphrase length",
    "keyphrase_density": "Keyphrase density",
    "keyphrase_in_meta_description": "Keyphrase in meta description",
    "meta_description_length": "Meta description length",
    "keyphrase_in_subheadings": "Keyphrase in subheadings",
    "competing_links": "Competing links",
    "image_keyphrase": "Keyphrase in image alt text",
    "images": "Images",
    "text_length": "Text length",
    "outbound_links": "Outbound links",
    "keyphrase_in_seo_title": "Keyphrase in SEO title",
    "internal_links": "Internal links",
    "seo_title_width": "SEO title width",
    "keyphrase_in_slug": "Keyphrase in slug",
    "function_words_in_keyphrase": "Function words in keyphrase",
    "single_h1": "Single H1",
    "keyphrase_distribution": "Keyphrase distribution",
    "subheading_distribution": "Subheading distribution",
    "paragraph_length": "Paragraph length",
    "sentence_length": "Sentence length",
    "transition_words": "Transition words",
    "passive_voice": "Passive voice",
    "text_presence": "Text presence",
    "consecutive_sentences": "Consecutive sentences",
    "flesch_reading_ease": "Flesch reading ease",
}

MESSAGES = {
    "keyphrase_in_introduction": {
        "good": "the keyphrase appears in the first sentence of the introduction.",
        "okay": "the keyphrase is in the first paragraph, but not within one sentence.",
        "bad": "the keyphrase does not appear in the first paragraph.",
    },
    "keyphrase_length": {
        "missing": "no focus keyphrase is set.",
        "good": "{words} content word(s): good.",
        "okay": "{words} content words; aim for at most {max}.",
        "bad": "{words} content words is too long; shorten the keyphrase.",
    },
    "keyphrase_density": {
        "none": "the keyphrase does not occur in the text; aim for at least {min}.",
        "under": "found {count} time(s) ({density}%), too few; aim for at least {min}.",
        "good": "found {count} times ({density}%). Great.",
        "over": "found {count} times ({density}%), above the maximum of {max}.",
        "way_over": "found {count} times ({density}%): keyword stuffing; reduce to {max}.",
    },
    "keyphrase_in_meta_description": {
        "missing": "there is no meta description.",
        "good": "the keyphrase appears in the meta description.",
        "none": "the keyphrase does not appear in the meta description.",
        "too_many": "the keyphrase appears {count} times in the meta description; once or twice is enough.",
    },
    "meta_description_length": {
        "missing": "no meta description is set.",
        "too_short": "{length} characters is short; aim for {min} to {max}.",
        "too_long": "{length} characters will be cut off; at most {max}.",
        "good": "{length} characters. Good.",
    },
    "keyphrase_in_subheadings": {
        "short_no_subheadings": "short text without subheadings: fine.",
        "long_no_subheadings": "long text without subheadings; add H2s that reflect the topic.",
        "too_few": "{matches} of {subheadings} subheadings reflect the topic; too few.",
        "too_many": "{matches} of {subheadings} subheadings repeat the keyphrase; vary them.",
        "good": "{matches} of {subheadings} subheadings reflect the topic. Good.",
        "no_match": "no subheading reflects the keyphrase or a synonym.",
    },
    "competing_links": {
        "good": "no link uses the keyphrase as its anchor text.",
        "bad": "{count} link(s) use the keyphrase as anchor text and compete with it.",
    },
    "image_keyphrase": {
        "no_images": "no image has the keyphrase in its alt text.",
        "no_alt": "the images have no alt text.",
        "no_keyphrase_alt": "no alt text contains the keyphrase.",
        "too_few": "too few images carry the keyphrase ({matching} of {images}).",
        "too_many": "too many images carry the keyphrase ({matching} of {images}).",
        "good": "an image alt text contains the keyphrase. Good.",
    },
    "images": {"good": "the article has {images} image(s).", "bad": "the article has no image."},
    "text_length": {
        "good": "the text has {words} words. Good.",
        "slightly_below": "{words} words, slightly below the recommended {recommended}.",
        "below": "{words} words, below the recommended {recommended}.",
        "far_below": "{words} words, far below the recommended {recommended}.",
        "very_far_below": "{words} words, very far below the recommended {recommended}.",
    },
    "outbound_links": {
        "none": "no outbound links; cite your sources.",
        "all_nofollow": "all outbound links are nofollow.",
        "some_nofollow": "some outbound links are nofollow.",
        "good": "{links} outbound link(s). Good.",
    },
    "internal_links": {
        "none": "no internal links; link to other pages of the site.",
        "all_nofollow": "all internal links are nofollow.",
        "some_nofollow": "some internal links are nofollow.",
        "good": "{links} internal link(s). Good.",
    },
    "keyphrase_in_seo_title": {
        "good": "the SEO title starts with the keyphrase.",
        "not_at_start": "the keyphrase is in the SEO title, but not at the start.",
        "words_only": "the keyphrase's words are in the SEO title, but not as a phrase.",
        "bad": "the keyphrase does not appear in the SEO title.",
    },
    "seo_title_width": {
        "missing": "no SEO title is set.",
        "too_short": "{width_px} px is short; there is room up to {max_px} px.",
        "too_long": "{width_px} px will be cut off beyond {max_px} px.",
        "good": "{width_px} px. Good.",
    },
    "keyphrase_in_slug": {
        "good": "the slug contains the keyphrase.",
        "okay": "the slug contains part of the keyphrase.",
        "none": "the slug contains none of the keyphrase's words.",
    },
    "function_words_in_keyphrase": {
        "good": "the keyphrase contains content words.",
        "bad": "the keyphrase is made of function words only; use content words.",
    },
    "single_h1": {
        "good": "there are not several H1s.",
        "bad": "the body has {h1} H1 headings; keep one.",
    },
    "keyphrase_distribution": {
        "good": "the topic is spread over the whole text.",
        "okay": "some parts of the text do not mention the topic ({gap_percent}%).",
        "bad": "the topic is clustered: {gap_percent}% of the sentences in a row ignore it.",
    },
    "subheading_distribution": {
        "short": "short text; subheadings are optional.",
        "long_no_subheadings": "long text without subheadings; break it up.",
        "intro_long": "the introduction runs over {max} words before the first subheading.",
        "intro_very_long": "the introduction is far too long before the first subheading.",
        "good": "every section stays under {max} words. Good.",
        "okay": "one section has {longest} words; at most {max}.",
        "bad": "{too_long} section(s) exceed {max} words (longest: {longest}).",
    },
    "paragraph_length": {
        "good": "no paragraph is too long.",
        "okay": "{too_long} paragraph(s) exceed {max} words.",
        "bad": "{too_long} paragraph(s) exceed {max} words (longest: {longest}).",
    },
    "sentence_length": {
        "good": "{percent}% of sentences exceed {max_words} words. Good.",
        "okay": "{percent}% of sentences exceed {max_words} words; at most {limit}%.",
        "bad": "{percent}% of sentences exceed {max_words} words; shorten them.",
    },
    "transition_words": {
        "short": "short text: no minimum.",
        "none": "no sentence contains a transition word.",
        "bad": "{percent}% of sentences have a transition word; aim for {target}%.",
        "okay": "{percent}% of sentences have a transition word; aim for {target}%.",
        "good": "{percent}% of sentences have a transition word. Good.",
    },
    "passive_voice": {
        "good": "{percent}% of sentences are passive. Good.",
        "okay": "{percent}% of sentences are passive, above the advised {max}%.",
        "bad": "{percent}% of sentences are passive; prefer the active voice.",
    },
    "text_presence": {"good": "there is enough text.", "bad": "only {words} words; add text."},
    "consecutive_sentences": {
        "good": "no consecutive sentences start with the same word.",
        "bad": "{groups} run(s) of sentences start with the same word ({words}).",
    },
    "flesch_reading_ease": {
        "very_easy": "{score}: very easy.",
        "easy": "{score}: easy.",
        "fairly_easy": "{score}: fairly easy.",
        "standard": "{score}: standard.",
        "fairly_difficult": "{score}: fairly difficult.",
        "difficult": "{score}: difficult.",
        "very_difficult": "{score}: very difficult.",
    },
}

# how numbers read in the messages: "40.5%", "1,234 words"
DECIMAL = "."
THOUSANDS = ","

# the report's own words, shared by the terminal table, the HTML report and the web page
LABELS = {
    "report": "SEO and readability analysis",
    "seo": "SEO",
    "readability": "Readability",
    "problems": "Problems",
    "improvements": "Improvements",
    "good": "Good results",
    "verdict_red": "Needs work",
    "verdict_orange": "OK",
    "verdict_green": "Good",
    "verdict_none": "No focus keyphrase",
    "rating_red": "problem",
    "rating_orange": "to improve",
    "rating_green": "good",
    "score": "{score}/100",
    "words": "{words} words",
    "sentences": "{sentences} sentences",
    "flesch": "Reading ease",
    "flesch_none": "not computed for this language",
    "nothing": "Nothing in this group.",
    "marks": "Highlight {count} passage(s)",
    "timing": "analysed in {ms} ms",
}
