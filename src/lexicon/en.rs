//! English word lists. Data only: the logic that reads them lives in `number/`.
//!
//! Every word is lower case; the tokenizer looks words up case-insensitively.

use super::Language;
use crate::{table, words};

/// The English tables.
#[rustfmt::skip]
pub static ENGLISH: Language = Language {
    cardinals: table![
        "zero" = "unit 0", "nought" = "unit 0", "naught" = "unit 0", "nil" = "unit 0", "one" = "unit 1",
        "two" = "unit 2", "three" = "unit 3", "four" = "unit 4", "five" = "unit 5", "six" = "unit 6",
        "seven" = "unit 7", "eight" = "unit 8", "nine" = "unit 9", "ten" = "teen 10", "eleven" = "teen 11",
        "twelve" = "teen 12", "thirteen" = "teen 13", "fourteen" = "teen 14", "fifteen" = "teen 15",
        "sixteen" = "teen 16", "seventeen" = "teen 17", "eighteen" = "teen 18", "nineteen" = "teen 19",
        "twenty" = "ten 20", "thirty" = "ten 30", "forty" = "ten 40", "fourty" = "ten 40", "fifty" = "ten 50",
        "sixty" = "ten 60", "seventy" = "ten 70", "eighty" = "ten 80", "ninety" = "ten 90",
        "hundred" = "hundred", "dozen" = "dozen", "dozens" = "dozen", "doz" = "dozen", "dozs" = "dozen",
        "dz" = "dozen", "dzs" = "dozen", "thousand" = "scale 3", "million" = "scale 6", "billion" = "scale 9",
        "trillion" = "scale 12", "quadrillion" = "scale 15", "lakh" = "scale 5", "lakhs" = "scale 5",
        "lac" = "scale 5", "crore" = "scale 7", "crores" = "scale 7",
    ],
    // Abbreviated scales, written after digits ("12m", "£2.5bn", "€380k", "3.2 bn").
    scale_abbreviations: table![
        "k" = "3", "thou" = "3", "m" = "6", "mn" = "6", "mln" = "6", "mil" = "6", "b" = "9", "bn" = "9",
        "bln" = "9", "tn" = "12", "trn" = "12", "tr" = "12", "tln" = "12", "mm" = "6",
    ],
    ordinals: table![
        "first" = "1", "second" = "2", "third" = "3", "fourth" = "4", "fifth" = "5", "sixth" = "6",
        "seventh" = "7", "eighth" = "8", "ninth" = "9", "tenth" = "10", "eleventh" = "11", "twelfth" = "12",
        "thirteenth" = "13", "fourteenth" = "14", "fifteenth" = "15", "sixteenth" = "16",
        "seventeenth" = "17", "eighteenth" = "18", "nineteenth" = "19", "twentieth" = "20",
        "thirtieth" = "30", "fortieth" = "40", "fiftieth" = "50", "sixtieth" = "60", "seventieth" = "70",
        "eightieth" = "80", "ninetieth" = "90", "hundredth" = "100", "thousandth" = "1000",
        "millionth" = "1000000", "billionth" = "1000000000",
    ],
    ordinal_suffixes: words!["st", "nd", "rd", "th"],
    // Words that name the denominator of a fraction: "a third", "two-fifths", "three quarters".
    denominators: table![
        "half" = "2", "halves" = "2", "third" = "3", "thirds" = "3", "quarter" = "4", "quarters" = "4",
        "fourth" = "4", "fourths" = "4", "fifth" = "5", "fifths" = "5", "sixth" = "6", "sixths" = "6",
        "seventh" = "7", "sevenths" = "7", "eighth" = "8", "eighths" = "8", "ninth" = "9", "ninths" = "9",
        "tenth" = "10", "tenths" = "10", "twelfth" = "12", "twelfths" = "12", "twentieth" = "20",
        "twentieths" = "20", "hundredth" = "100", "hundredths" = "100", "thousandth" = "1000",
        "thousandths" = "1000", "eleventh" = "11", "elevenths" = "11", "thirteenth" = "13",
        "thirteenths" = "13", "fourteenth" = "14", "fourteenths" = "14", "fifteenth" = "15",
        "fifteenths" = "15", "sixteenth" = "16", "sixteenths" = "16", "seventeenth" = "17",
        "seventeenths" = "17", "eighteenth" = "18", "eighteenths" = "18", "nineteenth" = "19",
        "nineteenths" = "19", "thirtieth" = "30", "thirtieths" = "30", "fortieth" = "40", "fortieths" = "40",
        "fiftieth" = "50", "fiftieths" = "50", "sixtieth" = "60", "sixtieths" = "60", "seventieth" = "70",
        "seventieths" = "70", "eightieth" = "80", "eightieths" = "80", "ninetieth" = "90",
        "ninetieths" = "90", "millionth" = "1000000", "millionths" = "1000000", "billionth" = "1000000000",
        "billionths" = "1000000000",
    ],
    // Multiplier words: numerator/denominator, with `?` when the word is not always a multiplier
    // ("double", "triple"): those count only where the context says so.
    multipliers: table![
        "twice" = "2/1", "doubled" = "2/1", "doubling" = "2/1", "doubles" = "2/1", "double" = "2/1?",
        "tripled" = "3/1", "tripling" = "3/1", "triples" = "3/1", "triple" = "3/1?", "trebled" = "3/1",
        "trebling" = "3/1", "treble" = "3/1?", "thrice" = "3/1", "quadrupled" = "4/1", "quadrupling" = "4/1",
        "quadruple" = "4/1?", "quintupled" = "5/1", "halved" = "1/2", "halving" = "1/2", "halves" = "1/2?",
        "twofold" = "2/1", "threefold" = "3/1", "fourfold" = "4/1", "fivefold" = "5/1", "sixfold" = "6/1",
        "sevenfold" = "7/1", "eightfold" = "8/1", "ninefold" = "9/1", "tenfold" = "10/1",
        "twentyfold" = "20/1", "hundredfold" = "100/1", "thousandfold" = "1000/1",
    ],
    // Words after which "double"/"triple" is a multiplier: "set to double", "nearly triple".
    multiplier_cues: words![
        "to", "will", "would", "could", "may", "might", "nearly", "almost", "more", "than", "roughly", "about", "did",
        "does",
    ],
    // Words after "double"/"triple" that make it a multiplier: "double the number".
    multiplier_objects: words![
        "the", "that", "its", "their", "his", "her", "our", "in", "by", "from", "to", "last", "this", "what", "those",
    ],
    // Hedges written before a number, longest phrases first where they share a start.
    hedges_before: table![
        "about" = "about", "around" = "about", "roughly" = "about", "approximately" = "about",
        "approx" = "about", "some" = "about", "circa" = "about", "c." = "about", "~" = "about",
        "an estimated" = "about", "estimated" = "about", "an approximate" = "about", "close to" = "nearly",
        "nearly" = "nearly", "almost" = "nearly", "not quite" = "nearly", "just short of" = "nearly",
        "just under" = "less than", "just below" = "less than", "fewer than" = "less than",
        "less than" = "less than", "under" = "less than", "below" = "less than", "up to" = "at most",
        "no more than" = "at most", "not more than" = "at most", "at most" = "at most",
        "a maximum of" = "at most", "as many as" = "at most", "as much as" = "at most",
        "more than" = "more than", "just over" = "more than", "just above" = "more than",
        "over" = "more than", "above" = "more than", "upwards of" = "more than", "in excess of" = "more than",
        "greater than" = "more than", "at least" = "at least", "no fewer than" = "at least",
        "no less than" = "at least", "not less than" = "at least", "a minimum of" = "at least",
    ],
    // Hedges written after a number: "50 or so", "1,000-plus", "40-odd", "200 or more".
    hedges_after: table![
        "or so" = "about", "odd" = "about", "or thereabouts" = "about", "plus" = "at least",
        "or more" = "at least", "and up" = "at least", "and counting" = "at least", "or fewer" = "at most",
        "or less" = "at most",
    ],
    // Currency signs and prefixes, longest first where they share an end.
    currency_symbols: table![
        "US$" = "USD", "A$" = "AUD", "AU$" = "AUD", "C$" = "CAD", "CA$" = "CAD", "NZ$" = "NZD", "HK$" = "HKD",
        "S$" = "SGD", "R$" = "BRL", "$" = "USD", "£" = "GBP", "€" = "EUR", "¥" = "JPY", "₹" = "INR",
        "₩" = "KRW", "₽" = "RUB", "₺" = "TRY", "₦" = "NGN", "₱" = "PHP", "₪" = "ILS", "Rs" = "INR",
        "Rs." = "INR",
    ],
    currency_codes: words![
        "USD", "GBP", "EUR", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "NZD", "HKD", "SGD", "SEK", "NOK", "DKK",
        "ZAR", "BRL", "MXN", "KRW", "RUB", "TRY", "NGN", "KES", "PLN", "AED", "SAR",
    ],
    // Currency names written after the amount: code and minor units per major unit (or 1).
    currency_words: table![
        "dollar" = "USD 1", "dollars" = "USD 1", "pound" = "GBP 1", "pounds" = "GBP 1", "sterling" = "GBP 1",
        "euro" = "EUR 1", "euros" = "EUR 1", "yen" = "JPY 1", "yuan" = "CNY 1", "renminbi" = "CNY 1",
        "rupee" = "INR 1", "rupees" = "INR 1", "franc" = "CHF 1", "francs" = "CHF 1", "pence" = "GBP 100",
        "penny" = "GBP 100", "p" = "GBP 100", "cent" = "USD 100", "cents" = "USD 100",
    ],
    percent_words: words!["percent", "per cent", "pc", "per-cent", "pct"],
    point_words: words![
        "percentage point", "percentage points", "percentage-point", "pp", "ppt", "ppts", "pts", "points",
        "point",
    ],
    months: table![
        "january" = "1", "jan" = "1", "february" = "2", "feb" = "2", "march" = "3", "mar" = "3",
        "april" = "4", "apr" = "4", "may" = "5", "june" = "6", "jun" = "6", "july" = "7", "jul" = "7",
        "august" = "8", "aug" = "8", "september" = "9", "sept" = "9", "sep" = "9", "october" = "10",
        "oct" = "10", "november" = "11", "nov" = "11", "december" = "12", "dec" = "12",
    ],
    // A number right after one of these names something rather than counting it, in any case:
    // "page 12", "flight 117", "iPhone 15".
    identifier_words: words![
        "page", "pages", "pp", "p.", "section", "sections", "chapter", "article", "clause", "paragraph",
        "para", "route", "platform", "gate", "flight", "#", "model", "version", "figure", "fig", "fig.",
        "table", "exhibit", "appendix", "psalm", "verse", "terminal", "junction", "episode", "vol", "boeing",
        "airbus", "apollo", "windows", "iphone", "galaxy", "formula", "playstation", "xbox", "android", "ios",
        "python", "interstate", "highway", "motorway", "pixel", "macbook", "ipad", "covid", "iso", "nhs",
        "ftse", "nasdaq", "regulation", "directive", "amendment", "resolution", "ref", "reference", "id",
    ],
    // Words that name something before a number only when capitalised: "Room 101", "No 10",
    // "Year 9", "Ward 7", but "the ward 24 hours", "room for 40 guests".
    identifier_words_capitalised: words![
        "room", "bus", "no", "no.", "nos", "number", "level", "grade", "year", "rule", "box", "item",
        "question", "part", "phase", "stage", "division", "league", "tier", "category", "band", "act",
        "seat", "ward", "district", "lot", "unit", "block", "floor", "suite", "apartment", "flat",
        "building", "pier", "bay", "lane", "exit", "channel", "season", "series", "volume", "issue",
        "edition", "office", "code", "form", "case", "bill", "road", "street", "avenue", "class", "world",
        "grid", "squad", "jersey", "shirt", "schedule", "bed", "window", "gallery", "studio", "stand",
    ],
    // Street words: "14 Castle Street" is an address.
    street_words: words![
        "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "place", "square", "close",
        "crescent", "terrace", "gardens", "grove", "court", "row", "walk", "hill", "park", "mews", "parade",
        "boulevard", "blvd",
    ],
    // A four-digit number after one of these is a year: "in 2024", "since 1987".
    year_cues: words![
        "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after", "early",
        "late", "mid", "circa", "c.", "year", "years", "spring", "summer", "autumn", "fall", "winter",
        "between", "and", "throughout", "around", "fy", "vintage", "class", "born", "founded", "established",
        "built", "opened", "elected", "died", "season", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "fiscal",
        "financial", "academic", "calendar", "for", "on", "last", "next", "this", "that", "the", "than",
        "like", "as", "at", "ad", "bc", "ce", "bce",
    ],
    // Words that make "N in M" or "N-M" a result: "won 3-1", "a 2-0 defeat".
    score_words: words![
        "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beaten",
        "drew", "draw", "draws", "drawn", "defeat", "defeats", "defeated", "victory", "victories", "score",
        "scored", "scoreline", "lead", "led", "leads", "thrashing", "thrashed", "trailed", "trailing",
        "trail", "loss", "final", "match", "game", "tie", "tied", "against", "v", "vs", "versus", "sets",
        "set", "verdict", "vote", "voted",
    ],
    // Words that make "A to B" a change rather than a range: "rose from 20 to 25".
    change_words: words![
        "from", "by", "rose", "rise", "risen", "rises", "rising", "fell", "fall", "fallen", "falls",
        "falling", "up", "down", "increased", "increase", "increases", "decreased", "decrease", "decreases",
        "grew", "grow", "grown", "dropped", "drop", "drops", "climbed", "climb", "jumped", "jump", "slipped",
        "slid", "cut", "reduced", "raised", "lifted", "lowered", "shrank", "shrunk", "swelled", "soared",
        "plunged", "plummeted", "doubled", "halved", "tripled", "went", "moved", "changed", "declined",
        "slumped", "surged", "edged", "inched", "recovered", "rebounded", "widened", "narrowed", "expanded",
        "contracted", "boosted",
    ],
    // Quantifiers that are not numbers: "dozens of", "a couple of", "several".
    vague: words![
        "dozens", "several", "couple", "few", "many", "scores", "hundreds", "thousands", "millions",
        "billions", "trillions", "tens", "numerous", "countless", "multiple", "handful", "umpteen", "lakhs",
        "crores",
    ],
    // Units a quantity can be measured in; the word after a number that is one of these is its unit.
    measure_units: words![
        "tonnes", "tonne", "tons", "ton", "kg", "kilograms", "kilogram", "kilos", "g", "grams", "gram", "mg",
        "lb", "lbs", "pounds-weight", "ounces", "oz", "km", "kilometres", "kilometers", "kilometre",
        "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "cm", "mm", "feet", "foot", "ft",
        "inches", "inch", "yards", "yard", "litres", "liters", "litre", "liter", "ml", "gallons", "gallon",
        "barrels", "barrel", "bpd", "hectares", "hectare", "ha", "acres", "acre", "sq", "square", "cubic",
        "hours", "hour", "hrs", "hr", "h", "minutes", "minute", "mins", "min", "seconds", "second", "secs",
        "sec", "s", "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "decades",
        "decade", "centuries", "century", "mph", "kph", "km/h", "knots", "degrees", "°c", "°f", "c", "f",
        "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "w", "watts", "volts", "calories", "kcal", "kj", "gb",
        "mb", "tb", "kb", "pixels", "storeys", "pounds", "pound", "stories", "floors", "times",
    ],
    // Short and other spellings of units, each with the one name it stands for, so that
    // "1,250 megawatts" and "860MW" measure the same thing.
    unit_names: table![
        "mw" = "megawatt", "kw" = "kilowatt", "gw" = "gigawatt", "w" = "watt", "kwh" = "kilowatt hour",
        "mwh" = "megawatt hour", "gwh" = "gigawatt hour", "twh" = "terawatt hour", "kg" = "kilogram",
        "kilo" = "kilogram", "kilos" = "kilogram", "g" = "gram", "mg" = "milligram", "km" = "kilometre",
        "kilometer" = "kilometre", "kilometers" = "kilometre", "m" = "metre", "meter" = "metre",
        "meters" = "metre", "cm" = "centimetre", "mm" = "millimetre", "ft" = "foot", "feet" = "foot",
        "lb" = "pound", "lbs" = "pound", "oz" = "ounce", "l" = "litre", "liter" = "litre", "liters" = "litre",
        "ml" = "millilitre", "ha" = "hectare", "hr" = "hour", "hrs" = "hour", "h" = "hour", "min" = "minute",
        "mins" = "minute", "sec" = "second", "secs" = "second", "s" = "second", "yr" = "year", "yrs" = "year",
        "t" = "tonne", "tonnes" = "tonne", "mph" = "miles per hour", "kph" = "kilometres per hour",
        "km/h" = "kilometres per hour",
    ],
    // Words that never name what a number counts: function words, common verbs and adverbs.
    not_nouns: words![
        "works", "short", "ahead", "behind", "adrift", "shy", "apart", "away", "long", "old", "high", "wide", "deep", "tall",
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from",
        "with", "without", "into", "onto", "over", "under", "than", "as", "per", "each", "every", "was",
        "were", "is", "are", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "that", "which",
        "who", "whom", "whose", "this", "these", "those", "it", "its", "they", "them", "their", "he", "she",
        "his", "her", "we", "our", "you", "your", "i", "me", "my", "there", "here", "then", "so", "if",
        "when", "while", "where", "after", "before", "since", "until", "up", "down", "out", "off", "about",
        "around", "more", "less", "fewer", "most", "least", "also", "only", "just", "still", "even", "not",
        "no", "yes", "all", "both", "either", "neither", "other", "others", "another", "such", "what", "how",
        "why", "rose", "fell", "rise", "fall", "rising", "falling", "increase", "decrease", "increased",
        "decreased", "grew", "higher", "lower", "above", "below", "between", "among", "against", "during",
        "through", "across", "behind", "ago", "later", "earlier", "apiece", "respectively", "alone",
        "overall", "altogether", "combined", "together", "total", "in", "said", "says", "say", "according",
        "compared", "versus", "vs", "via", "like", "unlike", "within", "times", "again", "too", "very",
        "now", "yet", "already", "almost", "nearly", "roughly", "some", "any", "much", "many", "own", "same",
        "per", "cent", "percent", "million", "billion", "thousand", "trillion", "hundred", "people's",
        "a.m.", "p.m.", "am", "pm", "o'clock", "or", "against", "whereas", "because", "although", "though",
        "unless", "whether", "once", "plus", "minus", "equals", "made", "make", "makes", "take", "takes",
        "took", "taking", "reach", "reached", "reaching", "hit", "hits", "stood", "stands", "stand", "came",
        "come", "comes", "went", "go", "goes", "got", "get", "gets", "left", "leave", "saw", "see", "sees",
        "gave", "give", "gives", "found", "find", "finds", "remain", "remained", "remains", "compare",
        "versus", "toward", "towards", "upon", "beyond", "past", "next", "last", "first", "second", "new",
        "old", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "years",
        // Past tenses that follow a count as its verb: "six won", "eight finished", "320 sold".
        "won", "finished", "failed", "passed", "survived", "voted", "attended", "applied", "agreed",
        "refused", "declined", "resigned", "retired", "stayed", "returned", "sold", "completed",
        "qualified", "responded", "replied", "turned", "flew", "aboard",
    ],
    // Words between a number and its noun that do not change what is counted: "412 new passengers".
    noun_modifiers: words![
        "new", "more", "extra", "additional", "other", "further", "full-time", "part-time", "young", "older",
        "younger", "local", "registered", "confirmed", "recorded", "reported", "front-line", "frontline",
        "qualified", "senior", "junior", "international", "domestic", "foreign", "british", "american",
        "english", "scottish", "welsh", "irish", "european", "french", "german", "chinese", "indian",
        "adult", "elderly", "small", "large", "big", "major", "minor", "separate", "different", "individual",
        "unique", "active", "existing", "current", "former", "permanent", "temporary", "paid", "unpaid",
        "private", "public", "rural", "urban", "medical", "rescued", "injured", "missing", "dead",
        "infected", "vaccinated", "eligible", "such", "whole", "entire", "newly", "fully", "only",
    ],
    // Idioms in which a number word is not a number, the number word marked with `*`.
    idioms: words![
        "*one of the", "*one of a", "*one of those", "*one of them", "*one of us", "*one of its",
        "*one of their", "*one of his", "*one of her", "*one of our", "*one of my", "*one another", "no *one",
        "the *one", "this *one", "that *one", "which *one", "any *one", "every *one", "each *one", "*anyone",
        "*one day", "*one by one", "one by *one", "*one or two", "one or *two", "*one or other",
        "*one way or another", "at *one point", "at *one stage", "*one-in", "*one-out", "*one-off",
        "*one-time", "*one-sided", "*one-way", "*one-size", "*one-stop", "*one-on", "on-*one", "*one-party",
        "*one-man", "*one-woman", "number *one", "*ten-minute rule", "*first of all", "*three-a-side",
        "*five-a-side", "*six-a-side", "*seven-a-side", "*eleven-a-side", "*first half", "*second half",
        "*second to none", "*second-guess", "think *twice", "thinking *twice", "thought *twice", "at *first",
        "*first-ever", "*first-hand", "*second-hand", "*first-class", "*second-class", "*first aid",
        "*first lady", "*first minister", "*first past the post", "*third party", "*third-party",
        "*third parties", "*third world", "*fourth estate", "*half-hearted", "*half-time", "*half time",
        "*half-term", "*half term", "*half-way", "*halfway", "*half-baked", "*half-truth", "*half-truths",
        "*half-brother", "*half-sister", "a *half-century", "*twenty-twenty", "twenty-*twenty", "catch-*22",
        "*double-digit", "*double digits", "*double-decker", "*double standards", "*double-edged",
        "*double-check", "*double check", "*double-dip", "*triple-a", "*triple lock", "*triple-lock",
        "*seven seas", "cloud *nine", "*nine-to-five", "nine-to-*five", "*24/7", "24/*7", "*50/50", "50/*50",
        "*fifty-fifty", "fifty-*fifty", "*9/11", "9/*11", "*one in, one out", "one in, *one out",
        "*one-in, one-out", "one-in, *one-out", "*a couple", "*a few", "hundreds of *thousands",
        "tens of *thousands", "tens of *millions", "hundreds of *millions", "*thousands of",
    ],
    articles: words!["a", "an"],
    plural_scales: table![
        "hundreds" = "2", "thousands" = "3", "millions" = "6", "billions" = "9", "trillions" = "12",
    ],
};
