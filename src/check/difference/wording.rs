//! The wording the difference rule reads: direction words and the patterns that place each
//! figure of a relation (the difference, the earlier figure, the later one).

use std::sync::LazyLock;

use crate::Regex;

use super::Dir;
use crate::check::regex as re;

/// How far before or after a number the rule reads, in bytes: the wording of a relation stands
/// next to its figures, and a bounded window keeps the rule linear in the sentence length.
pub(super) const WINDOW: usize = 100;

/// A word of change at the end of the text before the difference: "up", "a fall of", "rose by".
/// Grouped by first letter (see [`List`]).
pub(super) const DIR_WORDS: &str =
    "added|adding|additional|boost|climbed|climb|cuts|cut|down|decreased|decrease|decreases|decreasing|dropped|drop|drops|dropping|declined|decline|deficit|difference|extra|fell|fall|falls|fallen|falling|grew|growth|gained|gain|gains|gap|increased|increase|increases|increasing|improvement|improved|jumped|jump|lost|loss|margin|majority|overspend|overrun|rose|rise|rises|risen|rising|reduction|reduced|slipped|shed|slumped|surged|shortfall|savings|saving|surplus|up|underspend";
/// Comparatives that state a gap: "238 metres higher than", "6,430 fewer", "34 metres longer",
/// and positions in a table or a race: "nine seats behind", "five points adrift". Grouped by
/// first letter (see [`List`]).
pub(super) const COMPARATIVES: &str =
    "adrift|ahead|bigger|behind|cheaper|colder|cooler|dearer|deeper|fewer|faster|greater|higher|heavier|hotter|less|lower|larger|longer|lighter|more|narrower|older|smaller|shorter|shallower|slower|short|taller|wider|warmer|younger";

/// The comparatives above that put the first figure below the other.
const DOWN_COMPARATIVES: &str =
    "fewer|less|lower|smaller|shorter|lighter|younger|cheaper|narrower|shallower|slower|colder|cooler|behind|adrift";

/// Verbs of a relative clause that only names the figure after it: "than K2, which reaches 8,611".
const RELATIVE_VERBS: &str =
    "reaches|reached|stands at|stood at|is|was|are|were|has|had|holds|held|measures|measured|totals|totalled|recorded|came in at|managed|cost|costs|sold for|paid";

/// "X [noun] more than A", "X short of A", "X below the A": a comparison straight after X; A
/// may follow a relative clause that names it ("238 metres higher than K2, which reaches 8,611").
pub(super) static COMPARE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^ *(?:[a-z]+ ){{0,2}}?(?:(?P<cmp>{})(?: [a-z]+){{0,3}} than|(?P<near>short of|shy of|adrift of|clear of|up on|down on|behind)|(?P<prep>above|over|below|under|ahead of|behind|inside|within) (?:the|its|their|a|an|this|last|his|her|our))(?: [a-z0-9'’-]+){{0,6}}(?P<rel>, (?:(?:which|that|who|whose|where|when) (?:[a-z'’-]+ ){{0,2}}?(?:{RELATIVE_VERBS})(?: [a-z'’-]+){{0,3}}|when))? *$",
        COMPARATIVES
    ))
});

/// "B, some X fewer.", "X more than before", "X lower on the asking price": a comparison after
/// X whose other figure goes unsaid, so it is the figure stated before. `named`: the wording
/// names that figure as the earlier or reference one.
pub(super) static ELIDED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^ *(?:[a-z'’-]+ ){{0,2}}?(?P<cmp>{})(?: *(?:[.,;:)—–]|$)| than (?:started|planned|expected|forecast|budgeted|predicted|hoped|[a-z]+ed\b)|(?P<named> than (?:before|previously|last [a-z]+|a [a-z]+ (?:earlier|before|ago)|the (?:previous|year|month|week|season|day) [a-z]+|in (?:19|20)[0-9][0-9])|{ON_REFERENCE}))",
        COMPARATIVES
    ))
});

/// "on the asking price", "against its budget": a figure named as the reference a gap is taken
/// from. A period ("on the day", "on the year") is no stated figure, so it names none.
const ON_REFERENCE: &str = r" (?:on|against|compared with|compared to) (?:the|its|their|his|her|our|last [a-z]+['’]s) (?:[a-z'’-]+ ){0,2}?(?:price|budget|estimate|estimates|forecast|target|valuation|bid|offer|quote|plan|projection|guide|limit|cap|record|figure|total|tally|score|fare|fee|cost|rent)\b";

/// "a loss of X on the asking price": a gap after a word of change, from a reference the
/// wording names but does not number.
pub(super) static ON_NAMED: LazyLock<Regex> = LazyLock::new(|| re(&format!("^ *{ON_REFERENCE}")));

/// "X [metres] longer at B": the comparison, then the figure it arrives at.
pub(super) static ELIDED_AT: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"^ *(?:[a-z'’-]+ ){{0,2}}?(?P<cmp>{}),? (?:at|to reach|reaching) *$", COMPARATIVES)));
/// "X [noun] on / from / compared with A": the figure the change is measured from.
pub(super) static FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *,? *(?:[a-z]+ ){0,2}?(?:on|from|compared with|compared to|against)(?: [a-z0-9'’-]+){0,5} *$")
});
/// "A [in 2022] to B", "A left B": the figure the change arrives at.
pub(super) static TO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:(?:[a-z0-9'’-]+ ){0,3}?(?:to|at|leaving|left|reaching|giving|making)|, *(?:at|leaving|giving|making))(?: [a-z'’-]+){0,2} *$",
    )
});
/// "to B from A": the earlier figure after the later one.
pub(super) static TO_FROM: LazyLock<Regex> = LazyLock::new(|| re(r"^ *(?:[a-z'’-]+ ){0,2}?from *$"));
/// "B, down from A", "B from A".
pub(super) static BACK_FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *(?:[a-z0-9]+ ?){0,3}?,? *(?:up |down )?(?:from|compared with|compared to|against)(?: [a-z0-9'’-]+){0,5} *$")
});
/// "B after savings of X": the change stated after the figure it led to.
pub(super) static AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^ *(?:[a-z'’-]+ ){0,2}?after(?: [a-z'’-]+){0,3} *$"));
/// "X between A and B" (A and B a range).
pub(super) static BETWEEN: LazyLock<Regex> = LazyLock::new(|| re(r"^ *(?:[a-z]+ ){0,3}?between(?: [a-z'’-]+){0,3} *$"));
/// "the gap between A and B is X".
pub(super) static GAP_BETWEEN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^a-z])(?:gap|difference|margin) between *$"));
pub(super) static GAP_IS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *(?:[a-z'’-]+ ){0,2}?(?:is|was|stands at|stood at|came to|of|,)(?: just| only| now| a mere)? *$")
});
/// Marks a figure as the earlier one: "last year's", "from", "a year earlier".
pub(super) static OLD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:from|last [a-z]+['’]s|the previous [a-z]+['’]s|the previous|previous|prior|a year earlier|yesterday['’]s)(?: [a-z'’-]+)? *$",
    )
});
/// The same, at the start of the sentence: "Last year 640 homes".
pub(super) static OLD_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:last (?:year|season|month|week)|a year (?:ago|earlier)|in (?:19|20)[0-9][0-9]|the (?:year|season|month|week|day) before|the previous (?:year|season|month|week|day))[^a-z]",
    )
});
pub(super) static OLD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'’-]+ ){0,3}?(?:last year|last season|last month|a year (?:earlier|before|ago)|the (?:year|month) before|the previous|in the previous|previously|in (?:19|20)[0-9][0-9])",
    )
});
/// "Of the 300 staff, 40 ...": a whole and a part, not two figures compared.
pub(super) static WHOLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[,;:] *)(?:of|out of|among)(?: the| its| their| all)? *$"));
/// "B [today], compared with A": the second figure is the earlier one.
pub(super) static COMPARED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?: *[a-z'’-]+){0,10}? *,? *(?:compared with|compared to|against|versus|up from|down from)(?: [a-z'’-]+){0,4} *$",
    )
});
/// "A and B, a margin of X".
pub(super) static VERSUS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ *(?:[a-z'’-]+ ){0,4}?(?:and|against|versus|vs|to)(?: [a-z'’-]+){0,3} *$"));
/// "That was X short of A": the first figure is the previous sentence's last.
pub(in crate::check) static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *(?:that|this|it|which|the (?:figure|total|sum|tally|result|amount|number))(?: [a-z'’-]+){0,4} *$")
});
/// "B, which organisers said was X more than A": a relative clause that only restates B.
pub(super) static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[a-z ]{0,20}, *which (?:[a-z'’-]+ ){0,4}?(?:was|is|were|are|represents|represented|marks|marked) *$")
});
/// "A and B, leaving X": what is left when one figure is taken from the other.
pub(super) static LEAVING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?: *[a-z'’-]+){0,7}? *, *(?:and |so |thus )?(?:leaving|which left|which leaves|that left|to leave)(?: [a-z'’-]+){0,3}? *$",
    )
});
/// Wording that says the second figure is taken from the first: "against a capacity of",
/// "costs of", "returned".
pub(super) static SUBTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:against|capacity|costs?|spent|spending|expenses|expenditure|outgoings|paid out|used|sold|returned|filled|taken|deducted|minus|withdrawn|repaid|came back)(?:[^a-z]|$)",
    )
});
/// "Eleven of the fifteen": a part and its whole; "312 runners started the race and 290
/// finished": a whole that set out and the part that came through.
pub(super) static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:of|out of)(?: the| its| their| all| all the)?(?: original)? *$|^ (?:[a-z'’-]+ )?(?:started|entered|began|set off|sat|took part|signed up|enrolled)(?: [a-z'’-]+){0,4} and $",
    )
});
/// Words that make a figure a whole rather than one tally: "turnout was 61,200".
pub(super) const TOTALS: &[&str] = &["turnout", "cast", "electorate", "total", "in all", "altogether", "capacity"];
/// What is left of a capacity: "leaving sixty seats empty".
pub(super) const EMPTY: &str = "empty|spare|unsold|unused|vacant|unfilled|free|untaken";
/// "..., meaning just X": the clause that states the rest.
pub(super) static REST_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:,(?: [a-z'’-]+){0,2}? *(?:meaning|so|leaving|while|whereas|but|and|with)(?: that)?|;)(?: just| only)? *$")
});
/// "X were absent", "X did not": the figure is the rest of the whole.
pub(super) static REST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'’-]+ ){0,2}?(?:(?:were|was|are|is|had been|have been|remained|stayed) )?(?:absent|missing|unaccounted|did not|didn['’]t|do not|don['’]t|failed|declined|refused|stayed away|stayed at home|missed|dropped out|pulled out|withdrew|gave up)(?:[^a-z]|$)",
    )
});
pub(super) static REST_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^a-z])(?:the other|the remaining|the rest|the other remaining)(?: [a-z'’-]+)? *$"));

/// For each first letter `a` to `z`, the lengths (as bits) of the words of a `|`-separated
/// list that start with it.
const fn shapes(list: &str) -> [u32; 26] {
    let (w, mut m, mut start, mut k) = (list.as_bytes(), [0u32; 26], 0, 0);
    while k <= w.len() {
        if k == w.len() || w[k] == b'|' {
            let len = k - start;
            if len > 0 && len < 32 && w[start].is_ascii_lowercase() {
                m[(w[start] - b'a') as usize] |= 1 << len;
            }
            start = k + 1;
        }
        k += 1;
    }
    m
}

/// Where the words of each first letter `a` to `z` start in a `|`-separated list grouped by
/// first letter, and one past its length last: the words of letter `c` are `starts[c]..starts[c
/// + 1] - 1`, an empty range for a letter none starts with. A list out of that order is a
/// compile error (every `List` is a static), not words that are silently never found.
const fn starts(list: &str) -> [u16; 27] {
    let (w, mut m, mut next, mut k) = (list.as_bytes(), [0u16; 27], 0, 0);
    while k < w.len() {
        if (k == 0 || w[k - 1] == b'|') && w[k].is_ascii_lowercase() {
            let letter = (w[k] - b'a') as usize;
            assert!(letter + 1 >= next, "a List's words must be grouped by first letter, a to z");
            while next <= letter {
                m[next] = k as u16;
                next += 1;
            }
        }
        k += 1;
    }
    while next < 27 {
        m[next] = w.len() as u16 + 1;
        next += 1;
    }
    m
}

/// A word list as one string grouped by first letter, with the lengths and places of each
/// letter's words: a word is compared only with the few of its letter and length, and the list
/// costs the browser's wasm its letters (a slice of words keeps a pointer and a length each).
pub(in crate::check) struct List(&'static str, [u32; 26], [u16; 27]);

impl List {
    pub(in crate::check) const fn new(words: &'static str) -> List {
        List(words, shapes(words), starts(words))
    }

    /// Whether `w` is one of the words.
    pub(in crate::check) fn has(&self, w: &str) -> bool {
        let Some(c) = w.bytes().next().filter(u8::is_ascii_lowercase) else { return false };
        let c = (c - b'a') as usize;
        let (a, b) = (self.2[c] as usize, self.2[c + 1] as usize);
        self.1[c] & (1 << w.len().min(31)) != 0
            && self.0.get(a..b.saturating_sub(1)).is_some_and(|l| crate::check::context::listed(l, w))
    }
}

static DIR_LIST: List = List::new(DIR_WORDS);
static COMPARATIVE_LIST: List = List::new(COMPARATIVES);

/// Whether `w` is one of [`COMPARATIVES`].
pub(super) fn comparative(w: &str) -> bool {
    COMPARATIVE_LIST.has(w)
}

/// Whether `w` marks the figure beside it as a difference: a word of direction or a comparative
/// ("1,290 more", "a gap of"). For the rules that read no wording of their own.
pub(in crate::check) fn marks_difference(w: &str) -> bool {
    DIR_LIST.has(w) || COMPARATIVE_LIST.has(w)
}

pub(super) fn apposed(s: &str) -> bool {
    // By bytes first: a comma or bracket; a dash only where its first byte (E2) stands.
    let b = s.as_bytes();
    b.iter().any(|&c| c == b',' || c == b'(') || (b.contains(&0xE2) && s.contains(['—', '–'])) || s.contains(" - ")
}

pub(super) fn dir_of(tail: &str) -> Option<Dir> {
    // The last word, before a closing "of" or "by": a slice, so no pattern runs per number.
    let mut t = tail.trim_end();
    for w in [" of", " by"] {
        if let Some(r) = t.strip_suffix(w) {
            t = r;
            break;
        }
    }
    // The run of ASCII lower-case letters that ends `t`, found by bytes; none when a
    // character outside ASCII stands just before it (the word is then no plain word).
    let b = t.as_bytes();
    let start = match b.iter().rposition(|c| !c.is_ascii_lowercase()) {
        Some(k) if b[k] >= 0x80 => return None,
        Some(k) => k + 1,
        None => 0,
    };
    let w = &t[start..];
    if !DIR_LIST.has(w) {
        return None;
    }
    Some(match w {
        // A deficit or a surplus is a gap, whichever figure the text gives first.
        "gap" | "difference" | "margin" | "majority" | "deficit" | "surplus" | "shortfall" | "overspend"
        | "underspend" => Dir::Either,
        w if [
            "down",
            "fell",
            "fall",
            "drop",
            "decl",
            "decr",
            "slip",
            "lost",
            "loss",
            "shed",
            "reduc",
            "slump",
            "short",
            "defic",
            "sav",
            "cut",
            "underspend",
        ]
        .iter()
        .any(|p| w.starts_with(p)) =>
        {
            Dir::Down
        }
        _ => Dir::Up,
    })
}

pub(super) fn dir_word(s: &str) -> Dir {
    let down = ["short", "shy", "adrift", "down", "below", "under", "behind", "inside", "within"];
    if down.iter().any(|w| s.contains(w)) || DOWN_COMPARATIVES.split('|').any(|w| s.contains(w)) {
        Dir::Down
    } else {
        Dir::Up
    }
}

/// "3,905 applications for its 2,750 places": demand set against a number of places.
pub(super) static FOR_PLACES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'’-]+ ){0,3}?(?:for|chasing|competing for|going for|seeking)(?: the| its| their| just| only| a mere)? *$",
    )
});

/// What a number of places counts: "2,750 places", "40 seats", "12 vacancies".
pub(super) const PLACES: &str = "place|places|seat|seats|bed|beds|job|jobs|post|posts|vacancy|vacancies|space|spaces|ticket|tickets|pitch|pitches|plot|plots|slot|slots|position|positions|room|rooms|spot|spots|berth|berths|allotment|allotments|award|awards|grant|grants|scholarship|scholarships";

/// The demand that the places could not meet: "had to turn away 1,255", "1,155 missed out".
pub(super) const TURNED_AWAY: &str = "turn away|turned away|turning away|turns away|missed out|miss out|missing out|were unsuccessful|unsuccessful|without a place|left without|rejected|disappointed|on the waiting list|on a waiting list";

/// "28 more pupils than last year.": a comparison with an earlier time, its figures unsaid in
/// the sentence, so perhaps given by the next one.
pub(super) static THAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^ *(?:[a-z'’-]+ ){{0,2}}?(?:{})(?: [a-z'’-]+){{0,2}} than (?:last [a-z]+|a year (?:ago|earlier|before)|the (?:previous|year|month|week|season) [a-z]+|before|previously|in (?:19|20)[0-9][0-9]) *[.;]?$",
        COMPARATIVES
    ))
});
/// "The gap between the two bids narrowed to ", "the difference is ": a gap named before its
/// figure, the figures it lies between unsaid in the sentence.
pub(super) static GAP_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:gap|difference|margin)(?: (?:between|in|of) [a-z'’ -]{1,40}?)? (?:is|was|stands at|stood at|narrowed to|widened to|grew to|shrank to|closed to|came to|of)(?: just| only| now)? *$",
    )
});

/// "won by ", "a majority of ", "beat them by ": a winning margin stated before the two tallies.
pub(super) static MARGIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:(?:won|win|wins|winning|lost|lose|loses|losing|beat|beating|ahead|led|leads|leading|carried|took|held)(?: [a-z'’-]+){0,3} by|(?:majority|margin|lead) of)(?: just| only)? *$",
    )
});
/// "five to the visitors' two", "18,900 votes to 16,500": two tallies set against each other.
pub(super) static TALLY_TO: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ *(?:[a-z'’-]+ )?to (?:the |their |his |her )?(?:[a-z'’-]+ ){0,2}$"));
