"""Status (contract §4): every hedge, attribution, conditional and negation pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops have reportedly recaptured Vovchansk after a week of street fighting.",
        "Russian units purportedly seized Myrnohrad on Tuesday, a pro-Kremlin channel wrote.",
        "Russian forces allegedly captured Pokrovsk, though the footage is grainy.",
        "Ukrainian forces supposedly liberated Vovchansk late on Monday.",
        "Russian assault groups appear to have entered Myrnohrad from the east.",
        "Russian troops seem to have occupied the centre of Pokrovsk.",
        "Ukrainian units are reported to have retaken Vovchansk.",
        "If true, Russian forces have captured Myrnohrad.",
        "Russian troops captured Pokrovsk, a claim that cannot be independently verified.",
        "Russian forces stormed Myrnohrad on Sunday, but the footage could not be verified.",
        "An unconfirmed account says Russian troops occupied Pokrovsk.",
        "Ukrainian forces retook Vovchansk, but other monitors are still confirming the gains.",
    ],
)
def test_hedges_make_an_event_unverified(one, text: str) -> None:
    assert one(text).status == "unverified"


def test_a_hedge_in_the_next_sentence_reaches_back(extract) -> None:
    events = extract(
        "A brigade video shows Ukrainian infantry storming Russian trenches outside Bakhmut. "
        "The clip cannot be independently verified."
    )
    assert [e.status for e in events] == ["unverified"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Russian Defense Ministry said its troops had captured Pokrovsk.",
            "Russian Defense Ministry",
        ),
        ("Russia claimed on Friday that its forces had taken control of Myrnohrad.", "Russia"),
        (
            "Ukraine's General Staff reported that its forces repelled assaults near Pokrovsk.",
            "General Staff",
        ),
        (
            "Russian forces seized Myrnohrad, pro-war bloggers wrote on Telegram.",
            "pro-war bloggers",
        ),
        (
            "According to Ukrainian officials, Russian troops withdrew from Vovchansk.",
            "Ukrainian officials",
        ),
        (
            "Our units pushed the enemy out of Vovchansk, said a commander of the 77th Brigade.",
            None,
        ),
        (
            "A Ukrainian platoon commander described heavy fighting near Pokrovsk overnight.",
            None,
        ),
    ],
)
def test_a_party_s_word_is_claimed(one, text: str, source: str | None) -> None:
    event = one(text)
    assert event.status == "claimed"
    if source:
        assert source in event.sources


def test_an_independent_source_keeps_a_claim_reported(one) -> None:
    event = one("Russian forces captured Myrnohrad, according to DeepState.")
    assert event.status == "reported"
    assert "DeepState" in event.sources


def test_a_party_claim_confirmed_elsewhere_in_the_report_is_reported(extract) -> None:
    events = extract(
        "Moscow said on Thursday that its troops had captured Pokrovsk. "
        "Russian forces captured Pokrovsk this week, DeepState confirmed."
    )
    assert [(e.type, e.status) for e in events] == [("capture", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "If Ukraine surrounds Kupiansk, the Russian garrison will have no supply line.",
        "Russian forces would capture Pokrovsk within weeks if its defenders ran short of shells.",
        "Analysts warn that Russian troops could encircle Myrnohrad next month.",
        "Moscow will try to take Kupiansk before the winter sets in.",
        "Ukrainian commanders plan to retake Vovchansk before the spring.",
        "Russian troops should reach Pokrovsk by the end of the month, a blogger predicted.",
        "Most Western officers expect Ukraine to push toward Myrnohrad once the ground dries.",
        "Pulling out of Pokrovsk now would be a heavy political blow for the Russian command.",
    ],
)
def test_conditions_and_predictions_are_hypothetical(one, text: str) -> None:
    event = one(text)
    assert event.status == "hypothetical"
    assert event.time.date_start is None


@pytest.mark.parametrize(
    "text",
    [
        "The General Staff denied that Russian troops had captured Kupiansk.",
        "Russian forces did not capture Vovchansk, Ukrainian officials said.",
        "Ukrainian forces never withdrew from Pokrovsk.",
        "Russian troops failed to encircle Myrnohrad.",
        "Kyiv denied reports that its troops had retreated from Pokrovsk.",
    ],
)
def test_negation_and_denial(one, text: str) -> None:
    assert one(text).status == "denied"


def test_precedence_denied_beats_claimed(one) -> None:
    event = one("Russia claimed that its forces had seized Kupiansk, but Kyiv denied it.")
    assert event.status in ("claimed", "denied")
    event = one("Kyiv denied Russian claims that Moscow's troops had seized Kupiansk.")
    assert event.status == "denied"


def test_precedence_hypothetical_beats_unverified(one) -> None:
    assert (
        one("Russian forces could reportedly encircle Pokrovsk within days.").status
        == "hypothetical"
    )


def test_a_plain_statement_is_reported(one) -> None:
    event = one("Ukrainian forces retook Vovchansk on Saturday.")
    assert event.status == "reported"
    assert event.sources == []
