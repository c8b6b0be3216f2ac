//! **average**: a total, what it is spread over, and the average or rate the text gives: "369
//! people in 7 boats, about 53 per boat", "£2.4m for 120 families, or £20,000 each", "1,200 cars
//! over 8 hours, 150 per hour", "12 staff earning a total of £360,000, £30,000 on average".
//!
//! Matches an average `A` marked by "each", "apiece", "per X", "a head", "to a X", "at each X",
//! "on average" or "an average of", "averaging", "each X seated" before it, right after the two quantities it comes from: a total `T`
//! measured like `A`, and a count `N` of what it is spread over. With "per boat" `N` must count
//! boats; with "each" or "per head" `N` must count some noun. `T` and `N` must be tied by "for",
//! "across", "in", "over" ... (total first) or by "a total of", "earning", "spends" ... (count
//! first), and only average words may stand between them and `A`. Decides `T ÷ N` against `A`
//! over intervals: "an average of 53" allows 52.5–53.5, "about 53" a tenth either side. Examples:
//! - "369 people in 7 boats, about 53 per boat" ✓
//! - "£2.4m for 120 families, or £25,000 each" ✗: £2.4m ÷ 120 is £20,000, not £25,000
//! - "£3m will go to 40 projects, with grants of £10,000 each" states no average of the £3m.

mod after;
mod words;

use words::*;

use super::context::same_unit;
use super::share::ratio;
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Number, Rational};
use crate::report::Finding;

/// The rule.
pub struct Average;

/// The text between numbers `i` and `j`, lower case, ending before `j`'s hedge unless that
/// hedge is the preposition "over" ("1,200 cars over 8 hours"); `None` when far apart.
fn between<'c>(cx: &'c Context, i: usize, j: usize) -> Option<&'c str> {
    let (a, n) = (cx.numbers[i].span.end, &cx.numbers[j]);
    let b = n
        .hedge
        .filter(|h| h.span.start >= a && h.span.start < n.span.start && !is_over(cx, n))
        .map_or(n.span.start, |h| h.span.start);
    if b < a || b - a > MAX_GAP {
        return None;
    }
    cx.low.get(a..b)
}

/// Up to `len` bytes of number `k`'s sentence after it, lower case.
fn after_window<'c>(cx: &'c Context, k: usize, len: usize) -> &'c str {
    let s = cx.sentences[cx.sentence_of[k]];
    let a = cx.numbers[k].span.end.min(s.end);
    let b = crate::span::floor_char_boundary(cx.text, s.end.min(a.saturating_add(len)));
    cx.low.get(a..b.max(a)).unwrap_or("")
}

/// Up to `len` bytes of the sentence before byte `end`, lower case.
fn before_window<'c>(cx: &'c Context, k: usize, end: usize, len: usize) -> &'c str {
    let s = cx.sentences[cx.sentence_of[k]];
    let end = end.max(s.start);
    let mut a = end.saturating_sub(len).max(s.start);
    while a < end && !cx.text.is_char_boundary(a) {
        a += 1;
    }
    cx.low.get(a..end).unwrap_or("")
}

/// Whether a number's hedge is "over", which before a divisor means "spread over".
fn is_over(cx: &Context, n: &Number) -> bool {
    n.hedge.is_some_and(|h| h.span.of(cx.text).eq_ignore_ascii_case("over"))
}

/// Whether a space-separated word list holds `w`.
fn has(list: &str, w: &str) -> bool {
    list.split(' ').any(|x| x == w)
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_ascii_lowercase() || matches!(c, '.' | '\'' | '-'))).filter(|w| !w.is_empty()).collect()
}

/// What the average is per: `Some(None)` for any counted noun, `Some(Some(noun))` for "per boat".
fn marker(cx: &Context, a: usize) -> Option<Option<String>> {
    let n = &cx.numbers[a];
    let after = after_window(cx, a, 48);
    let mut rest = after.trim_start();
    if let Some(u) = n.unit.as_deref().filter(|_| n.kind == Kind::Count) {
        rest = rest.strip_prefix(u).map_or(rest, str::trim_start);
    }
    // Every marker after the number starts with one of these letters; most words do not.
    let may_mark = rest.as_bytes().first().is_some_and(|b| matches!(b, b'e' | b'a' | b'o' | b'f' | b'p' | b't'));
    // A match test before the groups: a match test is far cheaper, and few places match.
    if let Some(c) = (may_mark && AFTER.is_match(rest)).then(|| AFTER.captures(rest)).flatten() {
        return Some(c.get(2).map(|m| m.as_str().to_string()).filter(|w| !GENERIC.contains(&w.as_str())));
    }
    let before = before_window(cx, a, n.hedge.map_or(n.span.start, |h| h.span.start.min(n.span.start)), 40);
    // Every wording of BEFORE ends with one of these words (then white space): the last word
    // first, found by bytes, and the pattern only for the leads it allows.
    let t = before.trim_end();
    let last = &t[t.bytes().rposition(|b| !b.is_ascii_lowercase()).map_or(0, |k| k + 1)..];
    let may = matches!(
        last,
        "of" | "averaging"
            | "averaged"
            | "averages"
            | "average"
            | "each"
            | "them"
            | "receiving"
            | "received"
            | "getting"
            | "got"
            | "earning"
            | "earned"
            | "paying"
            | "paid"
            | "costing"
            | "carrying"
            | "carried"
            | "seated"
            | "hosted"
            | "served"
            | "took"
    );
    (may && BEFORE.is_match(before)).then_some(None)
}

/// A rate per a round base right after number `a`: "4.2 per 1,000 residents", "12 for every
/// 100 pupils". Gives the noun of the base and the base.
fn per_base(cx: &Context, a: usize) -> Option<(usize, String)> {
    let k = a + 1;
    let base = cx.numbers.get(k)?;
    let rest = cx.low.get(cx.numbers[a].span.end..base.span.start)?;
    let unit = base.unit.as_deref()?;
    // The cheap tests on the base first.
    if base.kind != Kind::Count || base.hedge.is_some() || cx.sentence_of[k] != cx.sentence_of[a] {
        return None;
    }
    let round = [10, 100, 1000, 10_000, 100_000, 1_000_000].iter().any(|&p| base.value == Rational::int(p));
    let lead = matches!(rest.trim(), "per" | "for every" | "in every" | "in" | "out of every" | "of every")
        || rest
            .trim_start()
            .strip_prefix(cx.numbers[a].unit.as_deref().unwrap_or("\u{0}"))
            .is_some_and(|r| r.trim() == "per");
    (round && lead).then(|| (k, unit.to_string()))
}

/// Whether a per-word names what a count counts; "-es" plurals too ("per match", "38 matches"),
/// and nouns of one kind ("per site", "14 food banks").
fn same_noun(w: &str, u: &str) -> bool {
    let plain = |w: &str, u: &str| same_unit(w, u) || u.strip_suffix("es") == Some(w);
    plain(w, u) || KINDRED.iter().any(|g| g.split(' ').any(|x| plain(x, w)) && g.split(' ').any(|x| plain(x, u)))
}

/// Whether count `k` counts what the average is per. With "per home" the noun may follow a
/// word that describes it ("45 care homes").
fn divides(cx: &Context, k: usize, per: &Option<String>) -> bool {
    let n = &cx.numbers[k];
    if n.kind != Kind::Count || !cx.usable(k) {
        return false;
    }
    match (per, &n.unit) {
        (Some(w), Some(u)) => {
            same_noun(w, u)
                || n.noun.as_deref().is_some_and(|x| same_noun(w, x))
                || after_window(cx, k, 40)
                    .split_whitespace()
                    .take(3)
                    .take_while(|x| x.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                    .any(|x| same_noun(w, x))
        }
        (None, Some(u)) => n.noun.as_deref() == Some(u.as_str()),
        _ => false,
    }
}

/// Whether total `t` measures what average `a` does: the same kind and unit, or people both.
fn alike(cx: &Context, t: usize, a: usize) -> bool {
    let (x, y) = (&cx.numbers[t], &cx.numbers[a]);
    cx.comparable(t, a)
        || x.kind == Kind::Count
            && y.kind == Kind::Count
            && [&x.unit, &y.unit].iter().all(|u| u.as_deref().is_some_and(|u| has(PEOPLE, u)))
}

/// Whether the words after the last comma (or dash, or bracket) of a tail are average words
/// only, and the words before it describe the last number without opening a clause.
fn tail_ok(cx: &Context, y: usize, tail: &str, strong: bool) -> bool {
    let last = &cx.numbers[y];
    if tail.contains([';', ':', ')']) || tail.contains(". ") || tail.ends_with('.') {
        return false;
    }
    let tw = words(tail);
    if tw.len() > 9 {
        return false;
    }
    if let Some(p) = tail.rfind([',', '–', '—', '(']) {
        // "..., which works out at": the clause after the comma is the average's own.
        let (head, rest) = (&tail[..p], &tail[p..]);
        let rw = words(rest);
        // "..., a yield of 8 tonnes per hectare": a rate named after the comma, its own noun
        // stated with "per" after it.
        let named = strong && matches!(rw[..], ["a" | "an" | "the", _, "of"]) && !rw.iter().any(|w| STOP.contains(w));
        // "..., the town's rate was": a possessive names whose average it is.
        let rest_ok = rw.iter().all(|w| has(TAIL, w) || w.ends_with("'s"))
            || named
            || rw.len() <= 6 && !rw.iter().any(|w| STOP.contains(w)) && BEFORE.is_match(rest);
        let hw = words(head);
        return !head.contains('(') && hw.len() <= 8 && !hw.iter().any(|w| STOP.contains(w)) && rest_ok;
    }
    if tw.iter().any(|w| STOP.contains(w)) {
        return false;
    }
    // "... four days meant an average daily crowd of": the average's own phrase at the end,
    // after the count's noun and one linking verb.
    if let Some(m) = BEFORE.find(tail) {
        let hw = words(&tail[..m.start()]);
        let own = |w: &str| [&last.unit, &last.noun].iter().any(|u| u.as_deref().is_some_and(|u| w.starts_with(u)));
        let rest: Vec<&&str> = hw.iter().filter(|w| !own(w)).collect();
        if rest.len() == 1 && has(LINKS, rest[0]) {
            return true;
        }
    }
    let own = |w: &str| [&last.unit, &last.noun].iter().any(|u| u.as_deref().is_some_and(|u| w.starts_with(u)));
    // Words before the noun describe it ("7 new buses"); one other word may follow "on" or
    // "for" ("£1.3m on libraries, or £25 per head").
    let noun_at = tw.iter().position(|w| own(w)).filter(|&p| p <= 2).unwrap_or(0);
    let odd: Vec<usize> = (noun_at..tw.len()).filter(|&k| !has(TAIL, tw[k]) && !own(tw[k])).collect();
    tw.len() <= 7
        && match odd[..] {
            [] => true,
            [k] => k > 0 && matches!(tw[k - 1], "on" | "for"),
            _ => false,
        }
}

/// Figures as the text wrote them, as a list: "22, 30 and 41".
fn listed(cx: &Context, items: &[usize]) -> String {
    let texts: Vec<&str> = items.iter().map(|&k| cx.text_of(k)).collect();
    match texts.split_last() {
        Some((l, init)) => format!("{} and {l}", init.join(", ")),
        None => String::new(),
    }
}

/// The mean of `n` listed figures: as an interval over their stated precision, and exactly.
fn mean_of(cx: &Context, items: &[usize], n: i64) -> Option<(Interval, Rational)> {
    let mut sum = Interval::exact(Rational::ZERO);
    let mut exact = Rational::ZERO;
    for &k in items {
        sum = sum.add(&Interval::of(&cx.numbers[k])?)?;
        exact = exact.checked_add(cx.numbers[k].value)?;
    }
    let n = Rational::int(n);
    Some((sum.scale(Rational::ONE.checked_div(n)?)?, exact.checked_div(n)?))
}

impl Average {
    /// The (total, count) reading of the two numbers before average `a`, if exactly one fits:
    /// the total first and a preposition before the count ("£369 to hire 7 boats", "9,600
    /// parcels among 16 food banks"), or the count first and a verb before the total ("16 food
    /// banks in the city distributed 9,600 parcels").
    fn roles(&self, cx: &Context, x: usize, y: usize, a: usize, per: &Option<String>) -> Option<(usize, usize)> {
        let gap = between(cx, x, y)?;
        let gw = words(gap);
        if gw.len() > 9
            || gap.contains([';', '(', ')', ':'])
            || gap.contains(". ")
            || gw.iter().any(|w| STOP.contains(w))
        {
            return None;
        }
        // With "per branch" matched by the count, a total of other things may be averaged as
        // what they are to the reader: "lent 416,000 books, ... 15,000 loans per branch".
        let renamed = |t: usize| {
            let measure =
                |k: usize| cx.numbers[k].unit.as_deref().is_some_and(|u| crate::lexicon::EN.is_measure_unit(u));
            per.is_some()
                && [t, a].iter().all(|&k| cx.numbers[k].kind == Kind::Count && cx.numbers[k].unit.is_some())
                && !measure(t)
                && !measure(a)
        };
        let total = |t: usize| {
            cx.usable(t) && (alike(cx, t, a) || renamed(t)) && matches!(cx.numbers[t].kind, Kind::Count | Kind::Money)
        };
        // "a population of 5.5 million": a count of people, whatever word follows it.
        let people = |k: usize| {
            cx.usable(k)
                && cx.numbers[k].kind == Kind::Count
                && before_window(cx, k, cx.numbers[k].span.start, 24).trim_end().ends_with("population of")
        };
        // The words that tie the two, without the determiners and "a total of" before the second.
        let mut core = &gw[..];
        while let [rest @ .., w] = core {
            // "over the festival's four days": a possessive describes the count.
            if !(FILLER.contains(w) || w.ends_with("'s") || w.ends_with("’s")) {
                break;
            }
            core = rest;
        }
        let near = &core[core.len().saturating_sub(2)..];
        // "handed out 8,400 parcels": a particle after the verb.
        if let [rest @ .., w] = core {
            if PARTICLES.contains(w) && !rest.is_empty() {
                core = rest;
            }
        }
        // A listed verb, or a regular past tense ("shipped", "welcomed").
        // A listed verb, its present tense ("handles", "produces"), or a regular past tense.
        let listed = |w: &str| {
            has(COUNT_FIRST, w)
                || w.strip_suffix('s').is_some_and(|v| has(COUNT_FIRST, v))
                || w.strip_suffix("es").is_some_and(|v| has(COUNT_FIRST, v))
        };
        // "1,260 homes changed hands ... for £378m": the price paid for the things counted.
        // "councillors total £375,000": the verb "total", which the fillers hold.
        let verb = core.last().is_some_and(|w| listed(w) || w.len() >= 5 && w.ends_with("ed"))
            || gw.last() == Some(&"total")
            || near.contains(&"for") && cx.numbers[y].kind == Kind::Money;
        let total_first = total(x)
            && (divides(cx, y, per) || people(y))
            && (people(y) || near.iter().any(|w| TOTAL_FIRST.contains(w)));
        // "Over the festival's six days, 27,000 tickets were sold": the count in an opening phrase.
        let opening = || {
            let b = before_window(cx, x, cx.numbers[x].span.start, 40);
            let mut bw = words(b);
            while let [rest @ .., w] = &bw[..] {
                if !(FILLER.contains(w) || w.ends_with("'s") || w.ends_with("’s")) {
                    break;
                }
                bw = rest.to_vec();
            }
            // "Spread across its 250 members, the £15,000 grant": determiners after the comma.
            let mut g = gap.trim_end();
            while let Some(w) = g.rsplit(' ').next().filter(|w| FILLER.contains(w)) {
                g = g[..g.len() - w.len()].trim_end();
            }
            // "Across its 32 branches, the library service lent 416,000 books": a short subject
            // and its verb after the comma.
            let clause = || {
                let after = gap.rsplit(',').next().map(words).unwrap_or_default();
                gap.matches(',').count() == 1
                    && after.len() <= 5
                    && after.last().is_some_and(|w| has(COUNT_FIRST, w))
                    && !after.iter().any(|w| STOP.contains(w))
            };
            (g.ends_with(',') && gw.len() <= 3 || clause()) && bw.last().is_some_and(|w| OPENING.contains(w))
        };
        let count_first = total(y) && (divides(cx, x, per) || people(x)) && (people(x) || verb || opening());
        match (total_first, count_first) {
            (true, false) => Some((x, y)),
            (false, true) => Some((y, x)),
            _ => None,
        }
    }

    /// The numbers of the average stated at `a`: a total and a count just before it, or a total
    /// before it and the count after ("$12m works out at $400,000 for each of its 40 parks").
    fn find(&self, cx: &Context, a: usize, per: &Option<String>) -> Option<(usize, usize)> {
        let same = |k: usize| cx.sentence_of[k] == cx.sentence_of[a];
        // The two numbers before the average, passing over the years that date them ("lent
        // 416,000 books in 2023, which works out at ...").
        let mut before = (0..a).rev().filter(|&k| cx.numbers[k].kind != Kind::Year).take(2);
        if let (Some(y), Some(x)) = (before.next(), before.next()) {
            if same(x) {
                if let Some(tail) = between(cx, y, a) {
                    if tail_ok(cx, y, tail, per.is_some()) {
                        if let Some(r) = self.roles(cx, x, y, a, per) {
                            return Some(r);
                        }
                    }
                }
            }
            // "... covered 3.78 million miles last year. That is some 21,000 miles for each
            // vehicle": a sentence that only restates the one before as an average.
            let s = cx.sentence_of[a];
            if s > 0 && cx.sentence_of[x] == s - 1 && cx.sentence_of[y] == s - 1 && y + 1 == a {
                let head =
                    before_window(cx, a, cx.numbers[a].hedge.map_or(cx.numbers[a].span.start, |h| h.span.start), 60);
                if RESTATES.is_match(head) {
                    if let Some(r) = self.roles(cx, x, y, a, per) {
                        return Some(r);
                    }
                }
            }
        }
        let (t, n) = (a.checked_sub(1)?, a + 1);
        if n >= cx.numbers.len() || !same(t) || !same(n) || !EACH_OF.is_match(between(cx, a, n)?) {
            return None;
        }
        let gap = between(cx, t, a)?;
        let gw = words(gap);
        let tied = gw.len() <= 7
            && !gap.contains([';', '(', ')', ':'])
            && !gw.iter().any(|w| STOP.contains(w))
            && EQUATES.is_match(gap);
        let total = cx.usable(t) && alike(cx, t, a) && matches!(cx.numbers[t].kind, Kind::Count | Kind::Money);
        (tied && total && divides(cx, n, per)).then_some((t, n))
    }

    /// "cost the council £540,000 and drew 72,000 visitors – a subsidy of £7.80 a head": a
    /// total and a count of people a few words apart, each its own verb's object, and the
    /// amount per head (or each) right after the count.
    fn head_pair(&self, cx: &Context, a: usize) -> Option<(usize, usize)> {
        let (t, n) = (a.checked_sub(2)?, a - 1);
        let people = cx.numbers[n].unit.as_deref().is_some_and(|u| has(PEOPLE, u));
        let ok = people
            && cx.sentence_of[t] == cx.sentence_of[a]
            && cx.usable(t)
            && cx.usable(n)
            && alike(cx, t, a)
            && words(between(cx, t, n)?).len() <= 3
            && tail_ok(cx, n, between(cx, n, a)?, true);
        ok.then_some((t, n))
    }

    /// The mean of a list stated right before an average: "lent 2,100, 1,850, 2,400 and 1,650
    /// books, an average of 2,000 each", "highs of 14C, 16C and 21C, a mean of 17C".
    fn list_mean(&self, cx: &Context, a: usize, out: &mut Vec<Finding>) -> Option<()> {
        let avg = &cx.numbers[a];
        // Nothing may follow the average but its unit, its per-word and the end of the clause.
        let after = after_window(cx, a, 48);
        let mut rest = after.trim_start();
        if let Some(u) = avg.unit.as_deref().filter(|_| avg.kind == Kind::Count) {
            rest = rest.strip_prefix(u).map_or(rest, str::trim_start);
        }
        if let Some(m) = AFTER.find(rest) {
            rest = rest[m.end()..].trim_start();
            if m.as_str().ends_with([',', '.', ';', ')']) {
                rest = "";
            }
        }
        if !(rest.is_empty() || rest.starts_with([',', '.', ';', ')', '–', '—'])) {
            return None;
        }
        // The list ends right before the average, or before a count of its items.
        let (items, last) = match self.list_items(cx, a, a.checked_sub(1)?) {
            Some(items) => (items, a - 1),
            None => {
                let last = a.checked_sub(2)?;
                let items = self.list_items(cx, a, last)?;
                let n = i64::try_from(items.len()).ok()?;
                (cx.numbers[a - 1].value == Rational::int(n) && cx.numbers[a - 1].kind == Kind::Count)
                    .then_some((items, last))?
            }
        };
        let n = i64::try_from(items.len()).ok()?;
        // Between the list and the average: its noun and a few words, then the average words.
        let end = avg.hedge.map_or(avg.span.start, |h| h.span.start.min(avg.span.start));
        let start = cx.numbers[last].span.end;
        if end < start || end - start > MAX_GAP {
            return None;
        }
        let tail = cx.low.get(start..end)?;
        let p = tail.rfind([',', '–', '—', '('])?;
        let (head, tail_rest) = (&tail[..p], &tail[p..]);
        let hw = words(head);
        let head_ok = hw.len() <= 6 && !hw.iter().any(|w| STOP.contains(w)) && !head.contains([';', ':', '(', ')']);
        let rest_ok = words(tail_rest).iter().all(|w| has(TAIL, w) || *w == "mean") || BEFORE.is_match(tail_rest);
        if !head_ok || !rest_ok {
            return None;
        }
        let (mean, exact) = mean_of(cx, &items, n)?;
        let holds = mean.meets(&Interval::of(avg)?);
        let list = listed(cx, &items);
        let at = cx.text_of(a);
        let message = if holds {
            format!("the mean of {list} is {}, in line with {at}", explain::like(exact, avg))
        } else {
            format!("the mean of {list} is {}, not {at}", explain::like(exact, avg))
        };
        let mut used = items.clone();
        used.push(a);
        out.push(finding(self.name(), holds, used, avg.value, exact, cx.span(items[0], a), message));
        Some(())
    }

    /// The items of a list "x, y and z" ending at number `last`, all measured like average `a`.
    fn list_items(&self, cx: &Context, a: usize, last: usize) -> Option<Vec<usize>> {
        let same = |k: usize| cx.sentence_of[k] == cx.sentence_of[a];
        let item = |k: usize| {
            same(k) && cx.usable(k) && cx.comparable(k, a) && matches!(cx.numbers[k].kind, Kind::Count | Kind::Money)
        };
        if !item(last) {
            return None;
        }
        // Walk back over ", " and one " and " to the first item.
        let mut items = vec![last];
        let mut k = last;
        let mut and_seen = false;
        while k > 0 && item(k - 1) {
            let g = between(cx, k - 1, k)?;
            let prev = &cx.numbers[k - 1];
            let u = prev.unit.as_deref().filter(|_| prev.kind == Kind::Count).unwrap_or("");
            let sep = match g.strip_prefix(u).unwrap_or(g) {
                ", " => false,
                " and " | ", and " => true,
                _ => break,
            };
            if sep && and_seen || !sep && !and_seen && k == last {
                // Only the last two items are joined by "and".
                if !sep {
                    return None;
                }
                break;
            }
            and_seen |= sep;
            items.push(k - 1);
            k -= 1;
        }
        if items.len() < 2 || !and_seen {
            return None;
        }
        items.reverse();
        Some(items)
    }

    fn check_at(&self, cx: &Context, a: usize, out: &mut Vec<Finding>) -> Option<()> {
        let avg = &cx.numbers[a];
        if !cx.usable(a) || !matches!(avg.kind, Kind::Count | Kind::Money) {
            return None;
        }
        let base = per_base(cx, a);
        let per = match &base {
            Some((_, noun)) => Some(noun.clone()),
            None => marker(cx, a)?,
        };
        // "an average daily crowd of 12,500": the adjective names what the average is per.
        let per = per.or_else(|| {
            let b = before_window(cx, a, cx.start_of(a), 40);
            let w = words(b);
            w.iter()
                .rev()
                .take(4)
                .find_map(|x| PERIOD_WORDS.iter().find(|(adj, _)| adj == x))
                .map(|(_, n)| n.to_string())
        });
        // A list of items before the average is what it is the mean of ("scored 3, 1, 4 and 0
        // goals in their four matches, a mean of two a game"), whatever its last item reads as.
        let listed = out.len();
        if self.list_mean(cx, a, out).is_some() && out.len() > listed {
            return Some(());
        }
        let (t, n) = self.find(cx, a, &per).or_else(|| self.head_pair(cx, a).filter(|_| per.is_none()))?;
        let (total, count) = (&cx.numbers[t], &cx.numbers[n]);
        let count_iv = if is_over(cx, count) {
            Interval::given(&Number { hedge: None, ..count.clone() }, cx.text_of(n))?
        } else {
            cx.given(n)?
        };
        // A rate per 1,000 is the average times the base.
        let (scale, times, each) = match &base {
            Some((k, _)) => {
                let bt = cx.text_of(*k);
                (cx.numbers[*k].value, format!(" × {bt}"), format!(" per {bt}"))
            }
            None => (Rational::ONE, String::new(), " each".to_string()),
        };
        let computed = ratio(&cx.given(t)?, &count_iv)?.scale(scale)?;
        let holds = computed.meets(&Interval::of(avg)?);
        let exact = total.value.checked_div(count.value)?.checked_mul(scale)?;
        let (tt, nt, at) = (cx.text_of(t), cx.text_of(n), cx.text_of(a));
        // The hedge before the average, as written with its space: "about ".
        let hedge = cx.low_slice(cx.start_of(a), avg.span.start);
        let message = if holds && exact == avg.value {
            format!("{tt} ÷ {nt}{times} = {at}")
        } else if holds {
            format!("{tt} ÷ {nt}{times} = {}, stated as {hedge}{at}", explain::like(exact, avg))
        } else {
            let implied = avg.value.checked_mul(count.value)?.checked_div(scale)?;
            format!(
                "{tt} ÷ {nt}{times} is {}, not {at}; {at}{each} would make a total of {}",
                explain::like(exact, avg),
                explain::like(implied, total)
            )
        };
        let mut used = vec![t, n, a];
        used.extend(base.map(|(k, _)| k));
        used.sort_unstable();
        let last = *used.last()?;
        out.push(finding(self.name(), holds, used.clone(), avg.value, exact, cx.span(used[0], last), message));
        Some(())
    }
}

impl Rule for Average {
    fn name(&self) -> &'static str {
        "average"
    }

    fn description(&self) -> &'static str {
        "a total, what it is spread over and the average: £2.4m for 120 families, or £20,000 each"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for a in 0..cx.numbers.len() {
            if self.check_at(cx, a, out).is_none() {
                let _ = self.list_after(cx, a, out).or_else(|| {
                    // A rate or an amount per head is marked right after the number: "a day",
                    // "per head", "each". The cheap test first, on the byte after the unit.
                    let rest = after::rest_after(cx, a);
                    if !matches!(rest.as_bytes().first(), Some(b'a' | b'p' | b'e')) {
                        return None;
                    }
                    self.period_rate(cx, a, rest, out).or_else(|| self.per_head(cx, a, rest, out))
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Verdict;

    /// The average rule's own findings, before other rules that find the same relation.
    fn findings(text: &str) -> Vec<Finding> {
        crate::check::findings_of(&Average, text)
    }

    #[test]
    fn total_then_average_for_each_of_a_count() {
        let ok = findings("The town's $6m roads budget works out at $200,000 for each of its 30 roads.");
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].verdict, Verdict::Consistent);
        let wrong = findings("The town's $6m roads budget works out at $300,000 for each of its 30 roads.");
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].verdict, Verdict::Inconsistent);
        assert!(wrong[0].message.contains("is $200,000, not $300,000"), "{}", wrong[0].message);
        // A part of a budget, not what it works out at.
        assert!(findings("The $20m budget includes $400,000 for each of its 40 parks.").is_empty());
    }
}
