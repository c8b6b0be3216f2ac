//! The average rule's wording: the markers of an average and the words that may stand
//! between a total, its count and the average.

use std::sync::LazyLock;

use crate::Regex;

use crate::check::regex;

/// An average marker after the number: "each", "per boat", "a head", "on average".
pub(super) static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(each|apiece|on average|for each|for every one|per head|per capita|per person|a head|a person)|(?:per|an?|to an?|at each) ([a-z]+))(?:[^a-z]|$)",
    )
});

/// An average marker before the number: "an average of", "averaging", "each receiving",
/// "giving each".
pub(super) static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:^|[^a-z])(?:an average of|average of|averaging|averaged|averages|on average|a mean of|mean of|an average|each(?: [a-z]+)? (?:receiving|received|getting|got|earning|earned|paying|paid|costing|carrying|carried|seated|hosted|served|took)|(?:gives?|gave|giving|leaves?|left|leaving|hands?|handed|handing|pays?|paid|paying) (?:them )?each(?: of them)?|an average [a-z]+(?: [a-z]+)? of)\s*$",
    )
});

/// The opening of a sentence that restates the numbers of the sentence before as an average:
/// "That is some 21,000 miles for each vehicle", "This works out at £400 a head".
pub(super) static RESTATES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*(?:that|this|which)(?:'s|’s| is| was| means| meant| works out at| worked out at| comes to| came to| equates to| amounts to)(?: roughly| about| around| some| just| nearly| almost| an average of| on average)?\s*$",
    )
});

/// What stands between an average and the count it is per, when the count comes last: "$400,000
/// for each of its 40 parks".
pub(super) static EACH_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*(?:per [a-z]+ )?(?:for|to|across|among)(?: (?:each|every one) of)?(?: (?:the|its|their|his|her|our|those|these))?(?: [a-z]+['’]s)?\s*$",
    )
});

/// How a total is equated with the average that follows it: "$12m parks budget works out at".
pub(super) static EQUATES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:(?:works?|worked|comes?|came|amounts?|amounted|equates?|equated) (?:out )?(?:at|to)|equal to|equivalent to|[,–—] ?(?:or|that is|i\.e\.)?)\s*$",
    )
});

/// Prepositions that tie a total to what it is spread over, total first: "£2.4m for 120 families".
pub(super) const TOTAL_FIRST: &[&str] = &[
    "for",
    "across",
    "among",
    "amongst",
    "between",
    "in",
    "over",
    "on",
    "to",
    "by",
    "into",
    "at",
    "from",
    "during",
    "along",
    "through",
    "throughout",
    "within",
];
/// Verbs that tie a count to its total, count first: "12 staff earning a total of £360,000".
pub(super) const COUNT_FIRST: &str = concat!(
    "total totalled totaled combined together between spend spends spent earn earns earning earned receive received ",
    "cost costs paid pay raised shared carried carry produce produced scored collected used consumed covered ",
    "travelled owe owed make made handle handled house housed plant planted claim claimed distribute distributed ",
    "serve served treat treated see saw sold sell sells take took get got give gave hold held have had ran run lend lends lent ",
    "enrol enrols enrolled enroll enrolled count counted log logged record recorded process processed issue issued ",
    "deliver delivered hand handed welcome welcomed host hosted attract attracted draw drew admit admitted ",
    "register registered book booked complete completed build built sit sat win won lose lost employ"
);
/// Words that may stand after the verb and before the total: "earned a total of £360,000".
pub(super) const FILLER: &[&str] =
    &["the", "its", "their", "his", "her", "our", "a", "an", "total", "of", "combined", "some", "collective"];
/// Words that may stand between the total or count and the average.
pub(super) const TAIL: &str = concat!(
    "or an average of averaging at some just that is equivalent to which works work out comes means ",
    "mean a the giving each rate per on making roughly around about approximately i.e. year month ",
    "week day annually receiving getting earning paying costing leaving handing them gives leaves ",
    "gave left handed paid averaged averages average which was is who put in invested"
);
/// The last word of an opening phrase that holds the count an average is over: "Over the
/// festival's six days, ...", "Spread across its 250 members, ...", "Divided among 12 heirs, ...".
pub(super) const OPENING: &[&str] = &["over", "across", "during", "in", "for", "among", "amongst", "between"];
/// Particles that may follow the verb tying a count to its total: "14 food banks handed out
/// 8,400 parcels".
pub(super) const PARTICLES: &[&str] = &["out", "off", "away", "through", "over"];
/// Nouns that name the same kind of thing, so that "per site" divides "14 food banks" and "a
/// game" divides "18 matches". Each group is one space-separated list of singular nouns.
pub(super) const KINDRED: &[&str] = &[
    "game match fixture outing appearance",
    "site location venue branch centre center bank store shop outlet office depot station",
    "vehicle lorry truck bus car van train coach",
    "school academy college",
    "home household house property dwelling flat",
    "person resident inhabitant citizen adult individual",
    "pupil student child learner",
    "passenger traveller commuter rider",
    "employee worker staff",
];
/// Words that open a clause of its own between the numbers of an average.
pub(super) const STOP: &[&str] = &[
    "and",
    "but",
    "while",
    "whereas",
    "with",
    "than",
    "plus",
    "including",
    "against",
    "versus",
    "compared",
    "whose",
    "although",
    "though",
    "yet",
    "whom",
    "which",
    "up",
    "down",
    "rose",
    "fell",
    "rise",
    "fall",
    "increase",
    "decrease",
];
/// Nouns for people, which count the same things, as one space-separated list: "4,000
/// commuters ... 550 passengers per train".
pub(super) const PEOPLE: &str = concat!(
    "people persons passengers commuters travellers residents visitors fans spectators pupils ",
    "students patients workers staff employees voters members customers adults children users ",
    "riders applicants donors claimants tenants drivers volunteers delegates guests"
);
/// Per-words that stand for any counted noun: "£25 per head", "£20,000 each".
pub(super) const GENERIC: &[&str] =
    &["each", "apiece", "on average", "for each", "per head", "per capita", "per person", "a head", "a person"];
/// The longest gap read between two numbers of one average, in bytes.
pub(super) const MAX_GAP: usize = 120;

/// Words before an average that say it is the mean of a list that follows: "averaged 34 Mbps,
/// with readings of 22, 30, 41, 38 and 39".
pub(super) const MEAN_CUES: &[&str] = &["mean", "average", "averaged", "averaging", "averages"];

/// A unit of time a rate is given per, the period a total is dated by, and how many of the
/// one the other holds, at least and at most (as a fraction): a year has 365 or 366 days.
pub(super) const PERIODS: &[(&str, &str, i128, (i128, i128))] = &[
    ("day", "year", 365, (366, 1)),
    ("week", "year", 52, (366, 7)),
    ("month", "year", 12, (12, 1)),
    ("day", "week", 7, (7, 1)),
    ("hour", "day", 24, (24, 1)),
    ("day", "month", 28, (31, 1)),
    ("week", "month", 4, (31, 7)),
];

/// Adjectives that date a total or mark a rate by a unit of time: "annual", "daily".
pub(super) const PERIOD_WORDS: &[(&str, &str)] = &[
    ("annual", "year"),
    ("annually", "year"),
    ("yearly", "year"),
    ("monthly", "month"),
    ("weekly", "week"),
    ("daily", "day"),
    ("hourly", "hour"),
    ("nightly", "night"),
];

/// Verbs that link a total and its count to the average phrase after them: "38,000 over four
/// days meant an average daily crowd of 12,500".
pub(super) const LINKS: &str = "meant means mean gave gives give was is were are made makes produced";

/// The words after an amount that make it per head of a count of people.
pub(super) const HEADS: &[&str] =
    &["per head", "a head", "per person", "a person", "per capita", "per resident", "per inhabitant", "each"];

/// Units a total may be stated in that convert to the unit of an amount per head: the larger
/// units (one space-separated list), the smaller, and how many of the smaller make one larger.
pub(super) const CONVERSIONS: &[(&str, &str, i128)] = &[
    ("tonnes tonne tons ton", "kg kilograms kilos", 1000),
    ("kg kilograms kilos", "g grams", 1000),
    ("litres litre liters liter", "ml millilitres", 1000),
    ("km kilometres kilometers", "metres meters m", 1000),
    ("hours hour", "minutes minute mins", 60),
];
