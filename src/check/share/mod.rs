//! **share**: a part, its whole and the share the text gives for it, "380 of the 412
//! passengers (92%)", "45% of the 2,000 voters, or 900", "a third of the 90 staff (30)",
//! "3,400, or 17%, of the 20,000", and a fraction named with its percentage, "a third (33%)".
//!
//! Matches three neighbouring quantities in one sentence: a part and a whole of the same kind,
//! the whole introduced by "of"/"out of", and a percentage or fraction tied to one of them by a
//! parenthesis, ", or", a dash or "making up"/"representing", with nothing after it that makes
//! it a share of something else ("(15% of them children)", "(up 12%)"). Decides part ÷ whole
//! over intervals against the share: a percentage allows its rounding and hedge; a fraction in
//! words is read loosely, within 3 points ("a third" holds for 30–36%). Examples:
//! - "Of the 412 passengers, 380 (92%) were rescued" ✓
//! - "45% of the 2,000 voters, or 900, said yes" ✓
//! - "a third of the 90 staff (40)" ✗: a third of 90 is 30, not 40
//! - "a third (40%)" ✗: a third is 33.3%, not 40%
//! - "380 of the 412 passengers survived, 15% of them children" states no share of 412.
//!
//! The part may also be restated after a clause about the whole ("40% of the 3,520 people who
//! applied were housed, some 1,480"), or come first with a verb ("a wage bill of £186m
//! swallowed 68% of its £215m revenue").
//!
//! `readings.rs` holds the readings where the three are not side by side ("nine out of ten
//! patients, 162 of the 200 asked"; "so a third failed"; "about four-fifths full, with 33,412";
//! "the 650-seat chamber has 326 women MPs, just over half").

use std::sync::LazyLock;

use crate::Regex;

mod readings;

use super::{explain, finding, regex, Context, Interval, Rule};
use crate::number::{Kind, Number, Rational};
use crate::report::Finding;

/// The rule.
pub struct Share;

/// "of the" before a whole, after an optional closing bracket and one word: " passengers out of ".
static OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*[),–—-]?\s*(?:(?:[a-z'-]+\s+)?(?:out\s+)?of(?:\s+(?:the|its|their|all|all the|those|these|a total of))?(?:\s+[a-z]+['’]s)?|of (?:the|its|their) (?:[a-z]+ )?(?:average|total|target|capacity|limit|quota|forecast) of)\s*$",
    )
});

/// A clause opening with the whole: "Of the ", "Out of a total of ", "Among the ".
static OPENS_WITH_OF: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^[a-z ,'-]{0,40}?(?:^|[ ,])(?:out of|of|among)(?:\s+(?:the|its|their|all|all the|those|these|a total of))?(?:\s+[a-z]+['’]s)?\s*$",
    )
});

/// Words after a share that still make it a share of the whole: "of the total".
static OF_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^of (?:the|all|them|those|these|its|their)(?: (?:total|whole|number|workforce|electorate|vote|population|sample|group|chamber|cohort|field|fleet|budget|staff|network|system|service))?(?: (?:it|they|we|who|that) [a-z]+)?\s*(?:[),.;:–—]|$)",
    )
});

/// Words before "of" that make what follows no whole: "14% short of its target".
const NOT_OF: &[&str] = &["short", "shy", "ahead"];
/// Connectors after the punctuation that ties a share to its number.
const CONNECTORS: &str = concat!(
    "|or|or some|some|that is|i.e.|representing|making up|accounting for|equal to|equivalent to|which is|or just|just|",
    "a share of|a rate of|a proportion of|a majority of|a turnout of"
);
/// Connectors of the form "a fill rate of", "a pass rate of": "a", one word, "rate of".
fn rate_of(suffix: &str) -> bool {
    let w: Vec<&str> = suffix.split(' ').collect();
    matches!(w[..], ["a", x, "rate" | "share", "of"] if x.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
}
/// Connectors that tie a share without punctuation: "380 of 412 passengers representing 92%".
const BARE_CONNECTORS: &[&str] = &["or", "representing", "making up", "accounting for", "equal to", "equivalent to"];
/// Words that make the text between numbers a clause of its own.
const STOP: &[&str] =
    &["and", "but", "while", "whereas", "with", "of", "than", "up", "down", "by", "from", "to", "rose"];
/// Words that open a clause of their own even in a longer description of a whole: "... 412
/// staff, and 52%".
const LOOSE_STOP: &[&str] = &[
    "and",
    "but",
    "while",
    "whereas",
    "with",
    "than",
    "up",
    "down",
    "rose",
    "fell",
    "rise",
    "fall",
    "increase",
    "compared",
    "versus",
    "including",
    "plus",
    "whom",
    "whose",
    "which",
    "of",
];
/// Particles that end a phrasal verb rather than start a change: "turned up", "shut down".
const PARTICLES: &[&str] = &["up", "down", "out", "off"];
/// The longest gap read between two numbers of one share, in bytes.
const MAX_GAP: usize = 120;

/// The text between numbers `i` and `j`, lower case, ending before `j`'s hedge ("about", "some").
fn between<'c>(cx: &'c Context, i: usize, j: usize) -> &'c str {
    let (a, n) = (cx.numbers[i].span.end, &cx.numbers[j]);
    let b = n.hedge.map(|h| h.span.start).filter(|&s| s >= a && s < n.span.start).unwrap_or(n.span.start);
    if b < a || b - a > MAX_GAP {
        // Far apart: a gap no tie accepts.
        return ";";
    }
    cx.low.get(a..b).unwrap_or("")
}

/// Whether a gap ties a share to a number: "(", ", or", " passengers – ", ", making up ".
fn tight(gap: &str) -> bool {
    let g = gap.trim();
    let cut = g.rfind(['(', ',', '–', '—', ':']);
    let (prefix, suffix) = match cut {
        Some(p) => (&g[..p], g[p..].trim_start_matches(['(', ',', '–', '—', ':']).trim()),
        None => {
            return BARE_CONNECTORS
                .iter()
                .any(|c| g.strip_suffix(c).is_some_and(|p| p.is_empty() || p.ends_with(' ') && words_ok(p)))
        }
    };
    (words_ok(prefix) || describes(prefix)) && (CONNECTORS.split('|').any(|c| c == suffix) || rate_of(suffix))
}

/// A longer description of the number before it, up to ten words, with a participle or a
/// relative clause: "road bridges surveyed by engineers", "drivers stopped during the December
/// campaign was over the limit", or a verb with its particle, "members turned up".
fn describes(s: &str) -> bool {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    if words.len() >= 2 && PARTICLES.contains(&words[words.len() - 1]) {
        words.pop();
    }
    words.len() <= 10
        && !s.contains([';', '(', ')', ':', '.', '"'])
        && words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || matches!(c, '\'' | '-' | '’' | '&')))
        && !words.iter().any(|w| LOOSE_STOP.contains(w))
}

/// A clause about the figure before it, then a comma and the share: "tonnes of freight went
/// by rail last year, ".
fn clause_then_share(gap: &str) -> bool {
    let Some(clause) = gap.trim_end().strip_suffix(',') else { return false };
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.len() <= 10
        && clause.bytes().all(|b| b.is_ascii_lowercase() || matches!(b, b' ' | b'\'' | b'-'))
        && !words.iter().any(|w| LOOSE_STOP.contains(w) && *w != "of")
}

/// A clause about the whole, then the part restated after a comma or dash with a hedge or
/// "of them": "40% of the 3,520 people who applied were housed, some 1,480"; "one in four of
/// the 7,800 farms milks with robots — about 2,000 of them". The gap is at most `MAX_GAP`.
fn restated(cx: &Context, w: usize, p: usize) -> bool {
    let g = between(cx, w, p).trim_end();
    (cx.numbers[p].hedge.is_some() || cx.low_after(p).trim_start().starts_with("of them"))
        && g.ends_with([',', '(', '–', '—'])
        && !g.contains([';', '(', ')', ':', '.', '"'])
        && !super::context::any_word_but(g, LOOSE_STOP, "with")
}

/// At most three plain words, none starting a clause of its own.
fn words_ok(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() <= 3
        && words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '\'' || c == '-'))
        && !words.iter().any(|w| STOP.contains(w))
}

/// Whether the text after the last number of a statement closes it: ")", ",", the end, or
/// "of the total"; number `k`'s own noun may come first ("900 people, said ...").
fn closes(cx: &Context, k: usize) -> bool {
    let s = cx.sentences[cx.sentence_of[k]];
    let start = cx.numbers[k].span.end.min(s.end);
    let end = crate::span::floor_char_boundary(cx.text, s.end.min(start.saturating_add(64))).max(start);
    let mut a = cx.low.get(start..end).unwrap_or("").trim_start();
    for w in [&cx.numbers[k].unit, &cx.numbers[k].noun].into_iter().flatten() {
        a = a.strip_prefix(w.as_str()).map(str::trim_start).unwrap_or(a);
    }
    // "56 in total,", "64 in all,": the part restated as a count of the whole's members.
    for w in ["in all", "in total", "altogether"] {
        a = a.strip_prefix(w).map_or(a, str::trim_start);
    }
    a.is_empty() || a.starts_with([')', ',', '.', ';', ':', '–', '—']) || OF_WHOLE.is_match(a)
}

/// The share number `k` states, in percent: its value, or a fraction read loosely (`slack`
/// points either side). "a third" that the number finder took for a rank counts as the
/// fraction it names.
fn share_of(n: &Number, text: &str, slack: i64) -> Option<(Interval, Rational)> {
    let hundred = Rational::int(100);
    let loose = |iv: Interval, v: Rational| -> Option<(Interval, Rational)> {
        let three = Rational::int(slack);
        let lo = iv.lo.and_then(|x| x.checked_mul(hundred)?.checked_sub(three));
        let hi = iv.hi.and_then(|x| x.checked_mul(hundred)?.checked_add(three));
        Some((Interval { lo, hi }, v.checked_mul(hundred)?))
    };
    match n.kind {
        Kind::Percent if n.range.is_none() && n.value <= hundred => Some((hedged_iv(n, 5, 20)?, n.value)),
        Kind::Fraction if n.range.is_none() && n.value <= Rational::ONE => loose(Interval::of(n)?, n.value),
        Kind::Ordinal if n.value > Rational::ONE && (text.starts_with("a ") || text.starts_with("one ")) => {
            let v = Rational::ONE.checked_div(n.value)?;
            loose(Interval::exact(v), v)
        }
        _ => None,
    }
}

/// A hedged figure's interval. "About 60%" may be anything from 55% to 65%, but a hedge on a
/// figure that is not round (not a multiple of `round`: "some 42%", "some 1,480") allows only
/// the figure's own neighbourhood: its `frac`th part, at least 1 and its rounding step.
fn hedged_iv(n: &Number, round: i64, frac: i64) -> Option<Interval> {
    let iv = Interval::of(n)?;
    let round = n.value.is_integer() && n.value.numer() % round as i128 == 0;
    if round || !n.hedge.is_some_and(|h| h.kind == crate::number::HedgeKind::About) {
        return Some(iv);
    }
    let spread = n.value.checked_div(Rational::int(frac))?.max(Rational::ONE).max(n.step);
    Interval::around(n.value, spread)
}

/// A share as the text writes one: "92.2%".
fn pct(v: Rational) -> String {
    format!("{}%", explain::plain(v, 1))
}

/// Whether `i` and `j` can be a part and its whole: amounts of one kind and unit, or counts of nouns.
fn pair(cx: &Context, i: usize, j: usize) -> bool {
    let (a, b) = (&cx.numbers[i], &cx.numbers[j]);
    // "the 450-strong workforce" counts its members.
    let counted = |n: &Number| n.unit.is_none() || n.unit == n.noun || n.unit.as_deref() == Some("strong");
    cx.usable(i)
        && cx.usable(j)
        && matches!(a.kind, Kind::Count | Kind::Money)
        && (cx.comparable(i, j) || a.kind == Kind::Count && b.kind == Kind::Count && counted(a) && counted(b))
}

/// `a ÷ b` for positive intervals, keeping an unbounded end unbounded (the average rule's too).
pub(super) fn ratio(a: &Interval, b: &Interval) -> Option<Interval> {
    let (blo, bhi) = (b.lo?, b.hi?);
    if blo <= Rational::ZERO || a.lo.is_some_and(|x| x.is_negative()) {
        return None;
    }
    let lo = a.lo.map(|x| x.checked_div(bhi)).unwrap_or(Some(Rational::ZERO));
    let hi = match a.hi {
        Some(x) => Some(x.checked_div(blo)?),
        None => None,
    };
    Some(Interval { lo: Some(lo?), hi })
}

impl Share {
    /// Decides the share, but reports it only when it holds: for a reading that may be of
    /// another whole. Whether it reported.
    fn decide_if_it_holds(&self, cx: &Context, p: usize, w: usize, s: usize, out: &mut Vec<Finding>) -> bool {
        let mut found = Vec::new();
        let _ = self.decide(cx, p, w, s, &mut found);
        let holds = found.iter().any(|f| f.verdict == crate::report::Verdict::Consistent);
        if holds {
            out.append(&mut found);
        }
        holds
    }

    /// Checks part `p` of whole `w` against share `s`; a share stated first is the one the part is derived from.
    fn decide(&self, cx: &Context, p: usize, w: usize, s: usize, out: &mut Vec<Finding>) -> Option<()> {
        let (part, whole, sh) = (&cx.numbers[p], &cx.numbers[w], &cx.numbers[s]);
        if part.value > whole.value || whole.value <= Rational::ZERO {
            return None;
        }
        let text = cx.low_text_of(s);
        // When the part or the share already carries a hedge ("some 38%", "about 2,300"), the
        // writer worked from the whole as given: its rounding is not piled on the hedge as well,
        // and neither is the looseness of a fraction in words ("half ..., some 1,830").
        let hedged = part.hedge.is_some() || sh.hedge.is_some();
        let (stated, share_value) = share_of(sh, text, if part.hedge.is_some() { 0 } else { 3 })?;
        let hundred = Rational::int(100);
        let whole_iv = if hedged && whole.hedge.is_none() { Interval::exact(whole.value) } else { cx.given(w)? };
        // "some 1,480": a hedge on a part that is not round allows a hundredth of it.
        let part_iv = hedged_iv(part, 100, 100)?;
        let computed = ratio(&part_iv, &whole_iv)?.scale(hundred)?;
        let holds = computed.meets(&stated);
        let exact = part.value.checked_div(whole.value)?.checked_mul(hundred)?;
        let (pt, wt, st) = (cx.text_of(p), cx.text_of(w), cx.text_of(s));
        let stated_share = if sh.kind == Kind::Percent { st.to_string() } else { text.to_string() };
        let expected_part = share_value.checked_mul(whole.value)?.checked_div(hundred)?;
        // A count of things is written whole: "82% of 412 would be 338", not 337.84.
        let part_like = |v: Rational| match part.kind {
            Kind::Count if part.value.is_integer() => explain::plain(v, 0),
            _ => explain::like(v, part),
        };
        let share_first = s < p;
        let (claimed, computed_value, message) = match (share_first, holds) {
            (true, true) => (part.value, expected_part, format!("{stated_share} of {wt} = {pt}")),
            (true, false) => (
                part.value,
                expected_part,
                format!(
                    "{stated_share} of {wt} is {}, not {pt}; {pt} of {wt} would be {}",
                    part_like(expected_part),
                    pct(exact)
                ),
            ),
            (false, true) if exact == share_value => (share_value, exact, format!("{pt} / {wt} = {st}")),
            (false, true) => (share_value, exact, format!("{pt} / {wt} = {} (stated: {stated_share})", pct(exact))),
            (false, false) => (
                share_value,
                exact,
                format!(
                    "{pt} / {wt} is {}, not {stated_share}; {stated_share} of {wt} would be {}",
                    pct(exact),
                    part_like(expected_part)
                ),
            ),
        };
        let mut used = vec![p, w, s];
        used.sort_unstable();
        let span = cx.span(used[0], used[2]);
        out.push(finding(self.name(), holds, used, claimed, computed_value, span, message));
        Some(())
    }

    /// "1,200 people ..., and 300 of them, a quarter, ...", "half a million ..., and a fifth of
    /// them, about 100,000, ...": a part and its share side by side, "of them" pointing back to
    /// the whole, the nearest earlier figure of the same kind in the sentence or the one before.
    fn of_them(&self, cx: &Context, i: usize, share_first: bool, out: &mut Vec<Finding>) -> Option<()> {
        let (s, p) = if share_first { (i, i + 1) } else { (i + 1, i) };
        let g = between(cx, i, i + 1).trim_start();
        let rest = ["of them", "of whom", "of these", "of those"].iter().find_map(|w| g.strip_prefix(w))?;
        // "15,000 of them from overseas — almost half": words about the part before the tie.
        let rest = rest.trim();
        if !tight(rest) && !matches!(rest, ", about" | ", some" | ", roughly") {
            return None;
        }
        if !closes(cx, i + 1) {
            return None;
        }
        let st = cx.sentence_of[i];
        let w = (0..i).rev().take_while(|&k| cx.sentence_of[k] + 1 >= st).find(|&k| cx.usable(k))?;
        if !pair(cx, p, w) || cx.numbers[w].value <= cx.numbers[p].value {
            return None;
        }
        // Nothing but words between the whole and the part: "Twelve hundred people signed the
        // petition, and".
        let gap = between(cx, w, i);
        if gap == ";" || gap.contains(';') || gap.split_whitespace().count() > 12 {
            return None;
        }
        self.decide(cx, p, w, s, out)
    }

    /// A fraction and the percentage naming the same share: "a third (33%)", "40%, or two in five".
    fn named_pair(&self, cx: &Context, i: usize, out: &mut Vec<Finding>) -> Option<()> {
        let j = i + 1;
        let (a, b) = (&cx.numbers[i], &cx.numbers[j]);
        let (f, p) = match (a.kind, b.kind) {
            (Kind::Fraction | Kind::Ordinal, Kind::Percent) => (i, j),
            (Kind::Percent, Kind::Fraction | Kind::Ordinal) => (j, i),
            _ => return None,
        };
        let g = between(cx, i, j);
        let g = g.trim();
        let tied = matches!(g, "(" | ", or" | "or" | "–" | "—" | "-" | ", or about" | "(or" | ", roughly");
        if !tied || !closes(cx, j) || cx.numbers[p].range.is_some() {
            return None;
        }
        let text = cx.low_text_of(f);
        let (stated, value) = share_of(&cx.numbers[f], text, 3)?;
        let pct = &cx.numbers[p];
        let holds = stated.meets(&Interval::of(pct)?);
        let pt = cx.text_of(p);
        let verdict = if holds { "in line with" } else { "not" };
        let message = format!("{text} is {}%, {verdict} {pt}", explain::plain(value, 1));
        out.push(finding(self.name(), holds, vec![i, j], pct.value, value, cx.span(i, j), message));
        Some(())
    }
}

impl Rule for Share {
    fn name(&self) -> &'static str {
        "share"
    }

    fn description(&self) -> &'static str {
        "a part, its whole and the share stated for it: 380 of the 412 passengers (92%)"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let n = cx.numbers.len();
        // Most numbers are no share, and `share_of` turns them away on their kind.
        let shares: Vec<bool> = (0..n).map(|k| share_of(&cx.numbers[k], cx.low_text_of(k), 0).is_some()).collect();
        let is_share = |k: usize| shares[k];
        let mut i = 0;
        while i + 2 < n {
            let (a, b, c) = (i, i + 1, i + 2);
            if cx.sentence_of[a] != cx.sentence_of[c] || !(shares[a] || shares[b] || shares[c]) {
                i += 1;
                continue;
            }
            // "14% short of its target" is no share of the target.
            let of = |x: usize, y: usize| {
                let g = between(cx, x, y);
                OF.is_match(g) && !super::context::any_word(g, NOT_OF)
            };
            let t = |x: usize, y: usize| tight(between(cx, x, y));
            let opens = |x: usize| {
                let b = cx.low_before(x);
                b.len() <= 96 && OPENS_WITH_OF.is_match(b)
            };
            let with = |x: usize, y: usize| matches!(between(cx, x, y).trim(), ", with" | "with");
            let wn = |x: usize, y: usize| {
                let g = between(cx, x, y);
                let d = g.trim().trim_end_matches(',');
                g.trim_end().ends_with(',') && (words_ok(d) || describes(d))
            };
            // (part, whole, share) for each order the text may use.
            let roles = if is_share(c) && pair(cx, a, b) {
                if of(a, b) && t(b, c) && closes(cx, c) {
                    Some((a, b, c)) // 380 of the 412 passengers (92%)
                } else if (opens(a) && wn(a, b) || between(cx, a, b).trim_end().ends_with("of which"))
                    && t(b, c)
                    && closes(cx, c)
                {
                    // Of the 412 passengers, 380 (92%); £1.24bn, of which £310m ... – a quarter
                    Some((b, a, c))
                } else {
                    None
                }
            } else if is_share(a) && pair(cx, b, c) {
                if of(a, b) && (t(b, c) || restated(cx, b, c)) && closes(cx, c) {
                    Some((c, b, a)) // 45% of the 2,000 voters, or 900
                } else if (t(a, b) || tight(between(cx, a, b).trim_start().strip_prefix("of the ").unwrap_or(";")))
                    && of(b, c)
                {
                    // 25% (30) of the 120 beds; eight in ten of the nurses – 400 of the 500
                    Some((b, c, a))
                } else if with(a, b) && of(b, c) {
                    // Turnout was 38.4%, with 21,760 of the 56,670 voters casting a ballot: the
                    // clause may explain the share or add another, so only a match is reported.
                    if self.decide_if_it_holds(cx, b, c, a, out) {
                        i += 3;
                        continue;
                    }
                    None
                } else {
                    None
                }
            } else if is_share(b) && pair(cx, a, c) {
                // A verb between the part and its share: "swallowed", "took up".
                let verb = |g: &str| describes(g) && !g.contains(',');
                let of_w = between(cx, b, c).trim_start().starts_with("of ");
                if t(a, b) && of(b, c) || verb(between(cx, a, b)) && of_w && of(b, c) {
                    // 3,400, or 17%, of the 20,000; a wage bill of £186m swallowed 68% of its £215m revenue
                    Some((a, c, b))
                } else if closes(cx, c)
                    && (opens(a) && wn(a, b) && t(b, c)
                        || cx.low_before(a).trim_end().ends_with(" of") && words_ok(between(cx, a, b)) && wn(b, c))
                {
                    // Of the 412 passengers, 92% (380); a survey of 1,034 adults found 62% opposed
                    // it, around 640 people.
                    Some((c, a, b))
                } else if clause_then_share(between(cx, a, b)) && of(b, c) {
                    // Half a million tonnes went by rail last year, a quarter of the two
                    // million carried by road: the share may be of another whole, so only a
                    // match is reported.
                    if self.decide_if_it_holds(cx, a, c, b, out) {
                        i += 3;
                        continue;
                    }
                    None
                } else {
                    None
                }
            } else {
                None
            };
            // "More than a quarter of the 3.2 million over-65s in the region, about 700,000
            // people": a figure of another measure in the whole's description passed over.
            let d = c + 1;
            let other = |k: usize| !cx.comparable(b, k) || cx.numbers[k].hedge.is_some();
            let roles = roles.or_else(|| {
                let ok = is_share(a) && d < n && cx.sentence_of[d] == cx.sentence_of[a] && other(c);
                (ok && of(a, b) && pair(cx, b, d) && restated(cx, b, d) && closes(cx, d)).then_some((d, b, a))
            });
            match roles.and_then(|(p, w, s)| self.decide(cx, p, w, s, out)) {
                Some(()) => i += 3,
                None => i += 1,
            }
        }
        for i in 0..n.saturating_sub(2) {
            if shares[i + 2] && cx.text.as_bytes().get(cx.numbers[i].span.end) == Some(&b'-') {
                let _ = self.adjective_whole(cx, i, out);
            }
        }
        let last = n.saturating_sub(1);
        for (i, _) in shares.iter().enumerate().take(last).skip(1).filter(|(_, &s)| s) {
            if cx.low_after(i).trim_start().starts_with("full") {
                let _ = self.full(cx, i, out);
            }
        }
        for i in 0..n.saturating_sub(2) {
            if shares[i + 2] && !shares[i] && !shares[i + 1] {
                let _ = self.drawn(cx, i, out);
            }
            if cx.numbers[i].in_words && cx.numbers[i].kind == Kind::Count {
                let _ = self.two_ratios(cx, i, out);
            }
        }
        for i in 0..n.saturating_sub(1) {
            if cx.sentence_of[i] == cx.sentence_of[i + 1] {
                if shares[i] {
                    let _ = self.that_is(cx, i, out);
                }
                let _ = self.named_pair(cx, i, out);
                if shares[i] != shares[i + 1] {
                    let _ = self.of_them(cx, i, shares[i], out);
                }
            }
        }
    }
}
