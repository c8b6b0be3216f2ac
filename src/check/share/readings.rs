//! Readings of the share rule beyond a part, its whole and its share side by side: a ratio in
//! words beside its figures ("nine out of ten patients, 162 of the 200 asked"), a share drawn
//! with "so" from a whole and a part ("twelve started and eight finished, so a third failed"),
//! a capacity and how full it was ("holds 41,700, was about four-fifths full, with 33,412"),
//! and a whole written as an adjective ("the 650-seat chamber has 326 women MPs, just over half").

use super::{between, closes, pair, pct, ratio, share_of, tight, words_ok, Share, OF};
use crate::check::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Number, Rational};
use crate::report::Finding;

/// Words after a share that make it the share of the rest of the whole: "so a third of the
/// field failed to finish", "so one in four dropped out".
const COMPLEMENT: &[&str] = &[
    "failed",
    "dropped out",
    "did not",
    "didn't",
    "missed",
    "quit",
    "pulled out",
    "withdrew",
    "gave up",
    "never",
    "no longer",
    "were turned away",
    "went without",
    "stayed away",
];
/// Links that draw a share from the figures before it: "..., so a third ...".
const SO: &[&str] = &[", so", " so", ", meaning", ", which means", " meaning", ", so that"];

/// A share read from its words: a fraction ("a third", "one in four") or a count ratio in
/// words ("nine out of ten"), as a percentage interval with the looseness of words.
fn loose_ratio(cx: &Context, a: usize, b: usize) -> Option<(Interval, Rational)> {
    let (x, y) = (&cx.numbers[a], &cx.numbers[b]);
    let counted = |n: &Number| n.kind == Kind::Count && n.value.is_integer() && n.hedge.is_none() && n.in_words;
    let g = between(cx, a, b).trim();
    if !counted(x) || !counted(y) || !matches!(g, "out of" | "in") || x.value >= y.value {
        return None;
    }
    let hundred = Rational::int(100);
    let v = x.value.checked_div(y.value)?.checked_mul(hundred)?;
    Some((Interval::around(v, Rational::int(3))?, v))
}

impl Share {
    /// "Nine out of ten patients, 162 of the 200 asked, said ...": a ratio in words and the
    /// figures behind it, side by side.
    pub(super) fn two_ratios(&self, cx: &Context, i: usize, out: &mut Vec<Finding>) -> Option<()> {
        let (a, b, p, w) = (i, i + 1, i + 2, i + 3);
        if w >= cx.numbers.len() || cx.sentence_of[a] != cx.sentence_of[w] {
            return None;
        }
        let (stated, value) = loose_ratio(cx, a, b)?;
        let g = between(cx, b, p).trim_end();
        let tied = g.ends_with([',', '(', '–', '—']) && words_ok(g.trim_end_matches([',', '(', '–', '—']));
        if !tied || !OF.is_match(between(cx, p, w)) || !pair(cx, p, w) {
            return None;
        }
        let (part, whole) = (&cx.numbers[p], &cx.numbers[w]);
        if part.value > whole.value || whole.value <= Rational::ZERO {
            return None;
        }
        let hundred = Rational::int(100);
        let computed = ratio(&Interval::of(part)?, &cx.given(w)?)?.scale(hundred)?;
        let holds = computed.meets(&stated);
        let exact = part.value.checked_div(whole.value)?.checked_mul(hundred)?;
        let words = format!("{} {} {}", cx.low_text_of(a), between(cx, a, b).trim(), cx.low_text_of(b));
        let (pt, wt) = (cx.text_of(p), cx.text_of(w));
        let message = if holds {
            format!("{pt} / {wt} = {}, in line with {words} ({})", pct(exact), pct(value))
        } else {
            let want = value.checked_mul(whole.value)?.checked_div(hundred)?;
            format!(
                "{pt} / {wt} is {}, not {words} ({}); {words} of {wt} would be {}",
                pct(exact),
                pct(value),
                explain::plain(want, 0)
            )
        };
        out.push(finding(self.name(), holds, vec![a, b, p, w], value, exact, cx.span(a, w), message));
        Some(())
    }

    /// "Twelve riders started and eight finished, so a third failed to": a whole, a part and
    /// a share drawn from them with "so". The share is of the rest when the words after it say
    /// so ("failed", "dropped out"); else of the part, and then only a match is reported.
    pub(super) fn drawn(&self, cx: &Context, i: usize, out: &mut Vec<Finding>) -> Option<()> {
        let (w, p, s) = (i, i + 1, i + 2);
        if s >= cx.numbers.len() || cx.sentence_of[w] != cx.sentence_of[s] || !pair(cx, p, w) {
            return None;
        }
        let (whole, part, sh) = (&cx.numbers[w], &cx.numbers[p], &cx.numbers[s]);
        let gap = between(cx, p, s);
        if gap.len() > 40 || !SO.iter().any(|l| gap.trim_end().ends_with(l)) {
            return None;
        }
        let wp = between(cx, w, p);
        if part.value >= whole.value || wp.len() > 80 || !wp.contains(" and ") || wp.contains(';') {
            return None;
        }
        let (stated, value) = share_of(sh, cx.low_text_of(s), 3)?;
        let after = crate::check::context::head(cx.low_after(s), 60);
        let after = after.split([',', ';', '.']).next().unwrap_or("");
        let rest = COMPLEMENT.iter().any(|c| crate::check::context::has_word(after, c));
        let hundred = Rational::int(100);
        let counted = if rest { whole.value.checked_sub(part.value)? } else { part.value };
        let computed = Interval::exact(counted.checked_div(whole.value)?.checked_mul(hundred)?);
        let holds = computed.meets(&stated);
        if !holds && !rest {
            return None;
        }
        let exact = counted.checked_div(whole.value)?.checked_mul(hundred)?;
        let (wt, pt, st) = (cx.text_of(w), cx.text_of(p), cx.low_text_of(s));
        let share_of_what = if rest { format!("({wt} − {pt}) / {wt}") } else { format!("{pt} / {wt}") };
        let message = if holds {
            format!("{share_of_what} = {}, in line with {st}", pct(exact))
        } else {
            let want = value.checked_mul(whole.value)?.checked_div(hundred)?;
            format!(
                "{share_of_what} is {}, not {st} ({}); {st} of {wt} would be {}",
                pct(exact),
                pct(value),
                explain::plain(want, 0)
            )
        };
        out.push(finding(self.name(), holds, vec![w, p, s], value, exact, cx.span(w, s), message));
        Some(())
    }
}

impl Share {
    /// "Around 60% of the region's 18,500 farms are family-run. That is roughly 11,000
    /// businesses": a share of a whole, and the next sentence opening with the part it comes to;
    /// or the part first, and the next sentence opening with its share of a whole: "... on 412
    /// occasions. That is roughly one in five of the 2,070 arrivals".
    pub(super) fn that_is(&self, cx: &Context, s: usize, out: &mut Vec<Finding>) -> Option<()> {
        let w = s + 1;
        let next = cx.sentence_of[s] + 1;
        let after = s + 2 < cx.numbers.len() && cx.sentence_of[s + 2] == next;
        let p = if after { s + 2 } else { s.checked_sub(1)? };
        let opens = cx.lead(p.max(s)).trim();
        let restated = matches!(opens, "that is" | "that's" | "that’s" | "this is" | "that means");
        let tied = if after { closes(cx, p) } else { cx.sentence_of[p] + 1 == cx.sentence_of[s] };
        if !restated || !tied || w >= cx.numbers.len() || !OF.is_match(between(cx, s, w)) || !pair(cx, p, w) {
            return None;
        }
        self.decide(cx, p, w, s, out)
    }
}

/// Words before a figure that make it a capacity: "the stadium, which holds 41,700".
const CAPACITY: &[&str] = &["holds", "hold", "capacity of", "seats", "seating", "room for", "takes", "sleeps"];

impl Share {
    /// "The stadium, which holds 41,700, was about four-fifths full, with 33,412 fans": a
    /// capacity, how full it was and the figure filling it.
    pub(super) fn full(&self, cx: &Context, s: usize, out: &mut Vec<Finding>) -> Option<()> {
        let (w, p) = (s.checked_sub(1)?, s + 1);
        if p >= cx.numbers.len() || cx.sentence_of[w] != cx.sentence_of[p] {
            return None;
        }
        let g = between(cx, s, p);
        let g = g.trim().trim_end_matches([',', ':', '(']).trim_end();
        if !matches!(g, "full" | "full, with" | "full with" | "full, at" | "full, or") {
            return None;
        }
        let lead = cx.low_before(w).trim_end();
        if !CAPACITY.iter().any(|c| crate::check::context::ends_with_phrase(lead, c)) || !pair(cx, p, w) {
            return None;
        }
        let wt = between(cx, w, s);
        if wt.len() > 40 || wt.contains([';', '.']) {
            return None;
        }
        self.decide(cx, p, w, s, out)
    }
}

/// Verbs between a whole named as an adjective and its part: "the 650-seat chamber has 326".
const HAS: &[&str] = &["has", "had", "have", "holds", "held", "houses", "housed", "contains", "contained", "with"];

impl Share {
    /// "The 650-seat chamber has 326 women MPs, just over half": a whole written as an
    /// adjective ("650-seat", "1,200-bed"), what it has, and the share that is of it.
    pub(super) fn adjective_whole(&self, cx: &Context, w: usize, out: &mut Vec<Finding>) -> Option<()> {
        let (p, s) = (w + 1, w + 2);
        if s >= cx.numbers.len() || cx.sentence_of[w] != cx.sentence_of[s] {
            return None;
        }
        let gap = between(cx, w, p);
        let words: Vec<&str> = gap.strip_prefix('-')?.split_whitespace().collect();
        if !(2..=4).contains(&words.len()) || !words.iter().skip(1).any(|w| HAS.contains(w)) {
            return None;
        }
        // The adjective names what the whole counts ("seat"), the part what fills it ("MPs").
        let measure = cx.numbers[w].unit.as_deref().is_some_and(|u| {
            crate::lexicon::ENGLISH.measure_units.iter().any(|m| crate::check::context::same_unit(m, u))
        });
        let counts = !measure && [p, w].iter().all(|&k| cx.usable(k) && cx.numbers[k].kind == Kind::Count);
        if !counts || !tight(between(cx, p, s)) || !closes(cx, s) {
            return None;
        }
        self.decide(cx, p, w, s, out)
    }
}
