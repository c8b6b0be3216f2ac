//! The general reading of a carried total: an earlier total B, the changes S₁…Sₖ stated after
//! it, and the total T they lead to, each marked by its own wording wherever it stands:
//! "By Monday 75 cases had been confirmed. A further 12 were confirmed yesterday, bringing the
//! total number of cases in the outbreak to 87", "Registrations reached 8,200 last week. With
//! 950 more this week, there are now 9,150", "The firm had 3,200 staff at the start of the
//! year. It has since cut 450 jobs and now employs 2,750".
//!
//! Whether a change adds or takes away is a matter of what is counted ("six more died" adds to
//! a death toll; "85 have been housed" takes from a waiting list), so every sign is tried: the
//! relation holds when some signs make it add up and is inconsistent only when none do. When
//! every change names its own sign ("The league had 14 clubs. Three have joined and one has
//! folded, so there are now 16"), only those signs are tried.

use std::sync::LazyLock;

use crate::Regex;

use super::super::regex as re;
use super::{alike, is_total, major, Reader, DECREASE, JOINED, LEFT};
use crate::check::context::contains_any;
use crate::check::{explain, finding, Interval};
use crate::number::Rational;
use crate::report::Finding;

/// The words just before a total that the changes lead to: "bringing the total number of
/// cases to", "total donations now stand at", "there are now", "and now employs", "leaving".
static TOTAL_NOW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:(?:total|tally|toll|count|sum)(?: [a-z'’-]+){0,6}? (?:to|at|of|is|was|now|reached|hit)|(?:there (?:are|is)(?: now)?|it (?:now )?has|they (?:now )?have|(?:it|they) (?:then )?had|(?:to |and )?(?:finish|finished|finishing|end|ended|ending|close|closed|closing) (?:the [a-z]+ )?(?:on|at|with)|(?:now|has now|have now) (?:has|have|employs|employ|stands at|stand at|totals|total|numbers|number|holds|hold)|(?:has|have) since (?:risen|grown|climbed|fallen|dropped) to|leaving|which left|which leaves|to leave|so|making)) *$",
    )
});
/// Words after a total that say it is the total so far: "1,660 have now signed up", "113 so
/// far this year".
static SO_FAR: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *(?:[a-z'’-]+ ){0,2}?(?:so far|to date|in all|in total|altogether|have now|has now)(?:[^a-z]|$)")
});
/// Words that say a figure is a change, not a level: "a further", "more", "since", "added".
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:another|further|more|extra|additional|fresh|new|since|added|adding|joined|left|cut|lost|shed|gained|grown|grew|risen|rose|fell|fallen|died|housed|recruited|hired|signed|arrived|departed|after|with|plus|minus)(?:[^a-z]|$)",
    )
});

/// Checks every total `t` the wording marks as the result of changes; `done` holds the totals
/// the rule's other readings have already decided.
pub(super) fn check(rd: &Reader, done: &[bool], out: &mut Vec<Finding>) {
    let cx = rd.cx;
    for t in 0..cx.numbers.len() {
        if done.get(t).copied().unwrap_or(false) || !cx.usable(t) {
            continue;
        }
        let lead = rd.lead(t);
        // The cheap test first: most numbers are no total of anything.
        // "grown by £300,000 to £1.6m": "to" straight after a change stated with "by".
        let by_to = t > 0
            && cx.sentence_of[t - 1] == cx.sentence_of[t]
            && matches!(rd.gap(t - 1, t).bytes().find(|b| !b.is_ascii_whitespace()), Some(b't' | 0x80..))
            && rd.gap(t - 1, t).trim() == "to"
            && rd.lead(t - 1).trim_end().ends_with(" by");
        let near = super::tail(lead, 60);
        // The word after the last space (the whole when there is none), found without a splitter.
        let trimmed = near.trim_end();
        let last = super::last_word(trimmed);
        // The last word first: every total wording ends with one of these, and a pattern
        // runs only for the numbers whose lead ends so. "on", "with" and "had" end many
        // leads: the pattern runs only when a word of the total's wording stands before them
        // ("to finish on", "ending the year with", "it had").
        let total_now = || {
            let common = matches!(last, "on" | "with" | "had");
            matches!(
                last,
                "to" | "at"
                    | "of"
                    | "is"
                    | "was"
                    | "now"
                    | "reached"
                    | "hit"
                    | "are"
                    | "has"
                    | "have"
                    | "employs"
                    | "employ"
                    | "totals"
                    | "total"
                    | "numbers"
                    | "number"
                    | "holds"
                    | "hold"
                    | "leaving"
                    | "left"
                    | "leaves"
                    | "leave"
                    | "so"
                    | "making"
                    | "had"
                    | "on"
                    | "with"
            ) && (!common || contains_any(near, &["finish", "end", "clos", "it had", "they had"]))
                && TOTAL_NOW.is_match(near)
        };
        // "so far", "to date", "in all", ... among the first words after the number; the words
        // are split only when a byte scan finds that one of those words may start there.
        let so_far = || {
            let after = rd.after(t);
            may_so_far(after)
                && after.split_whitespace().take(4).any(|w| {
                    matches!(w.trim_end_matches([',', '.', ';']), "so" | "to" | "in" | "altogether" | "have" | "has")
                })
                && SO_FAR.is_match(after)
        };
        let marked = by_to || total_now() || so_far();
        if !marked {
            continue;
        }
        let _ = decide(rd, t, out);
    }
}

/// A necessary condition for [`SO_FAR`], by bytes: after the spaces that open `after`, one of
/// its first three words starts with the first letters of one of its phrases ("so", "to",
/// "in", "al", "ha"). Words there are `[a-z'’-]+` runs ended by one space.
fn may_so_far(after: &str) -> bool {
    let b = after.as_bytes();
    let mut i = b.iter().position(|&c| c != b' ').unwrap_or(b.len());
    for _ in 0..3 {
        if matches!(b.get(i..i + 2), Some(b"so" | b"to" | b"in" | b"al" | b"ha")) {
            return true;
        }
        let word = |c: u8| c.is_ascii_lowercase() || c == b'\'' || c == b'-' || c >= 0x80;
        let n = b[i..].iter().take_while(|&&c| word(c)).count();
        if n == 0 || b.get(i + n) != Some(&b' ') {
            return false;
        }
        i += n + 1;
    }
    false
}

/// The base and the changes before total `t`, and the verdict.
fn decide(rd: &Reader, t: usize, out: &mut Vec<Finding>) -> Option<()> {
    let cx = rd.cx;
    let st = cx.sentence_of[t];
    let first = cx.numbers_in[st.saturating_sub(1)].start;
    // The changes: alike figures of T's sentence before it, back to the base.
    let mut steps = Vec::new();
    // Steps stated as a count times a rate: (the rate, the count).
    let mut factors: Vec<(usize, usize)> = Vec::new();
    let mut base = None;
    let mut k = t;
    // "Since then 85 have been housed": a sentence that opens on the change takes the figure
    // the sentence before ends with as its base.
    let opens = {
        let s = cx.sentences[st];
        let head = rd.slice(s.start, s.end.min(s.start + 16)).trim_start();
        ["since", "then", "later", "now"].iter().any(|w| head.starts_with(w))
    };
    while k > first && steps.len() <= 4 {
        k -= 1;
        if !cx.usable(k) {
            continue;
        }
        // A count of another measure among the changes: "won four games, at three points a win"
        // is one change, four × three.
        let count_of = cx.sentence_of[k] == st && steps.last() == Some(&(k + 1)) && !alike(cx, k, k + 1);
        if count_of && times(rd, k, k + 1) && factors.iter().all(|f| f.0 != k + 1) {
            factors.push((k + 1, k));
            continue;
        }
        if !alike(cx, k, t) {
            // Any other quantity of another measure makes the reading not plain.
            if cx.sentence_of[k] == st {
                return None;
            }
            continue;
        }
        let earlier = cx.sentence_of[k] < st;
        if (is_total(rd, k) && !opens && (earlier || !steps.is_empty())) || (earlier && opens) {
            base = Some(k);
            break;
        }
        if earlier {
            // The sentence before must end with the base; anything else there is not a total.
            break;
        }
        steps.push(k);
    }
    let base = base?;
    steps.reverse();
    // "now stand at £49,500 after a £3,500 gift": the change stated after the total.
    if steps.is_empty() {
        let s = t + 1;
        let after = s < cx.numbers.len() && cx.sentence_of[s] == st && cx.usable(s) && alike(cx, s, t);
        let lead = if after { rd.gap(t, s) } else { "" };
        let words: Vec<&str> = lead.split_whitespace().collect();
        if after && words.len() <= 4 && words.iter().any(|w| matches!(*w, "after" | "following" | "thanks")) {
            steps.push(s);
        }
    }
    if steps.iter().any(|&s| !alike(cx, s, base)) {
        return None;
    }
    // A base in the total's own sentence stands in the same clause as the changes: "stood at
    // 27,600, some 1,900 fewer than in 2015, even as patients rose by 7 million" is two clauses.
    if cx.sentence_of[base] == st {
        let mut between = rd.slice(cx.numbers[base].span.end, cx.numbers[t].span.start);
        // "held 8,400 units on Monday; after selling 2,150 ...": a clause after a semicolon
        // that opens on the changes carries on from the base.
        if let Some(k) = between.rfind(';') {
            let rest = &between[k + 1..];
            let opens = ["after ", "since ", "then ", "later ", "by "].iter().any(|w| rest.trim_start().starts_with(w));
            if opens && !steps.is_empty() && cx.numbers[steps[0]].span.start > cx.numbers[base].span.end + k {
                between = rest;
            }
        }
        let clause = contains_any(between, &[";", " while ", " whereas ", " but ", " even ", " as ", " than "]);
        if clause || between.split_whitespace().count() > 20 || steps.len() > 1 && steps[0] > base + 1 {
            return None;
        }
    }
    if steps.is_empty() || steps.len() > 4 {
        return None;
    }
    // The changes' own sentence must say they are changes.
    let changes_text = rd.slice(cx.sentences[st].start, cx.sentences[st].end);
    let from_base = rd.slice(cx.numbers[base].span.end, cx.numbers[steps[0]].span.start.max(cx.numbers[base].span.end));
    if !CHANGE.is_match(changes_text) && !CHANGE.is_match(from_base) {
        return None;
    }
    // Between the base and T no other figure may claim to be the total.
    if !opens && steps.iter().any(|&s| is_total(rd, s) && !super::is_new(rd, s)) {
        return None;
    }
    let total = major(&cx.numbers[t])?;
    let b = major(&cx.numbers[base])?;
    let factor = |s: usize| factors.iter().find(|f| f.0 == s).map(|f| f.1);
    let step_iv = |s: usize| match factor(s) {
        Some(c) => major(&cx.numbers[s])?.mul(&major(&cx.numbers[c])?),
        None => major(&cx.numbers[s]),
    };
    let ivs: Vec<Interval> = steps.iter().map(|&s| step_iv(s)).collect::<Option<_>>()?;
    // The sign each change's wording suggests: a fall for "cut", "lost", "left". A change whose
    // own verb says it joined or left ("Three have joined and one has folded") has that sign
    // only: `fixed` marks those changes, `down` which of them fall.
    let (mut fixed, mut down) = (0u32, 0u32);
    let preferred: Vec<bool> = steps
        .iter()
        .enumerate()
        .map(|(j, &s)| {
            let near = rd.slice(
                cx.numbers[s].span.start.saturating_sub(10).max(cx.sentences[st].start),
                cx.numbers[s].span.end.saturating_add(24).min(cx.sentences[st].end),
            );
            let (joined, left) = (JOINED.is_match(rd.after(s)), LEFT.is_match(rd.after(s)));
            if joined || left {
                fixed |= 1 << j;
                down |= (left as u32) << j;
                return left;
            }
            DECREASE.is_match(near) || near.contains("housed")
        })
        .collect();
    let sum = |signs: &[bool]| -> Option<Interval> {
        let mut acc = b;
        for (iv, &down) in ivs.iter().zip(signs) {
            acc = if down { acc.sub(iv)? } else { acc.add(iv)? };
        }
        Some(acc)
    };
    let n = steps.len();
    // Only when every change says so, as in "Three have joined and one has folded, so there
    // are now 16": "bought 850 and withdrew 300" reads "and withdrew" after 850.
    if fixed.count_ones() as usize != n {
        (fixed, down) = (0, 0);
    }
    let mut holding = None;
    for mask in (0..(1u32 << n)).filter(|m| m & fixed == down) {
        let signs: Vec<bool> = (0..n).map(|j| mask & (1 << j) != 0).collect();
        if sum(&signs)?.meets(&total) && holding.as_ref().is_none_or(|h: &Vec<bool>| h != &preferred) {
            holding = Some(signs.clone());
            if signs == preferred {
                break;
            }
        }
    }
    let holds = holding.is_some();
    let signs = holding.unwrap_or(preferred);
    let v = |i: usize| super::value(cx, i);
    let mut exact = v(base)?;
    let mut lhs = cx.text_of(base).to_string();
    for (&s, &down) in steps.iter().zip(&signs) {
        let (sv, st) = match factor(s) {
            Some(c) => (v(s)?.checked_mul(v(c)?)?, format!("{} × {}", cx.text_of(c), cx.text_of(s))),
            None => (v(s)?, cx.text_of(s).to_string()),
        };
        exact = if down { exact.checked_sub(sv)? } else { exact.checked_add(sv)? };
        lhs = format!("{lhs} {} {st}", if down { "−" } else { "+" });
    }
    let tn = &cx.numbers[t];
    let in_t = exact.checked_mul(Rational::int(tn.minor_units.max(1) as i64))?;
    let message = if holds {
        format!("{lhs} = {}", cx.text_of(t))
    } else {
        format!(
            "{lhs} is {}, not {}; no reading of the changes makes it add up",
            explain::like(in_t, tn),
            cx.text_of(t)
        )
    };
    let mut used = steps.clone();
    used.extend(factors.iter().map(|f| f.1));
    used.push(base);
    used.push(t);
    used.sort_unstable();
    let span = cx.span(used[0], used[used.len() - 1]);
    out.push(finding("running_total", holds, used, v(t)?, exact, span, message));
    Some(())
}

/// Whether count `c` times rate `r` is one change: "four games, at three points a win",
/// "six matches at 3 points each".
fn times(rd: &Reader, c: usize, r: usize) -> bool {
    let cx = rd.cx;
    let gap = rd.gap(c, r);
    let link = gap.split_whitespace().filter(|w| !w.ends_with(',')).count() <= 2 && gap.contains(" at ");
    let mut after = rd.after(r).split(|ch: char| !ch.is_ascii_alphabetic()).filter(|w| !w.is_empty()).take(3);
    let rate = after.any(|w| matches!(w, "a" | "an" | "per" | "each" | "apiece"));
    cx.numbers[c].kind == crate::number::Kind::Count && link && rate && !gap.contains([';', '.'])
}
