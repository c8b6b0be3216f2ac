//! Two more readings of an average, tried when the total-and-count reading finds none:
//! - the list after the average: "averaged 34 Mbps, with readings of 22, 30, 41, 38 and 39",
//!   "Mean rainfall for the three summer months was 62mm: June brought 48mm, July 71mm and
//!   August 67mm". When the sentence counts the items ("the five villages") and the count
//!   matches the list, the mean is decided either way; otherwise the list may be partial and
//!   only a mean that holds is reported.
//! - a rate per a unit of time within a period the total is dated by: "2.1 million journeys
//!   last year, roughly 5,750 a day" (a year has 365 or 366 days), "£1.3m a year, £25,000 a
//!   week".
//! - an amount per head of a count of people and a total stated anywhere earlier in the
//!   sentence, perhaps in a larger unit ("3.1 million tonnes ..., about 430kg per person"):
//!   reported only when it holds.

use super::words::{CONVERSIONS, HEADS, MEAN_CUES, PEOPLE, PERIODS, PERIOD_WORDS};
use super::{after_window, before_window, between, listed, mean_of, tail_ok, words, Average};
use crate::check::context::last_words;
use crate::check::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Rational};
use crate::report::Finding;

/// Up to 24 bytes of the sentence after number `a`, without its unit: "a day", "per head".
pub(super) fn rest_after<'c>(cx: &'c Context, a: usize) -> &'c str {
    let n = &cx.numbers[a];
    let rest = after_window(cx, a, 24).trim_start();
    match n.unit.as_deref().filter(|_| n.kind == Kind::Count) {
        Some(u) => rest.strip_prefix(u).map_or(rest, str::trim_start),
        None => rest,
    }
}

impl Average {
    /// The mean of the list stated right after average `a`.
    pub(super) fn list_after(&self, cx: &Context, a: usize, out: &mut Vec<Finding>) -> Option<()> {
        let avg = &cx.numbers[a];
        if !cx.usable(a) || !matches!(avg.kind, Kind::Count | Kind::Money) {
            return None;
        }
        let s = cx.sentence_of[a];
        // The list opens after a colon or dash, or after "of" ("with readings of 22, 30 ..."):
        // tested first, since it is cheap and rare.
        let first = a + 1;
        if first >= cx.numbers.len() || cx.sentence_of[first] != s {
            return None;
        }
        let open = between(cx, a, first)?;
        // Bytes, not chars: a colon, or the lead byte of an en or em dash.
        let colon = open.len() <= 60 && open.bytes().any(|b| b == b':' || b == 0xE2);
        if !(colon || open.trim_end().ends_with(" of") && open.contains(',')) || open.len() > 60 {
            return None;
        }
        let ow = words(open);
        let unit_only = |w: &[&str]| w.len() <= 1 && avg.unit.as_deref().is_none_or(|u| w.iter().all(|x| *x == u));
        let opens = (open.contains([':', '—', '–']) && ow.len() <= 4)
            || open.contains(',') && ow.last() == Some(&"of") && ow.len() <= 5
            || unit_only(&ow) && open.contains(':');
        if !opens || open.contains([';', '(']) {
            return None;
        }
        // An average word before it in the sentence: "averaged", "the mean".
        let before = before_window(cx, a, cx.start_of(a), 120);
        if !before.split(|c: char| !c.is_ascii_lowercase()).any(|w| MEAN_CUES.contains(&w)) {
            return None;
        }
        let item = |k: usize| {
            let n = &cx.numbers[k];
            cx.sentence_of[k] == s
                && cx.usable(k)
                && n.kind == avg.kind
                && (cx.comparable(k, a) || n.unit.is_none() && n.kind == Kind::Count)
        };
        let mut items = vec![first];
        let mut k = first;
        while k + 1 < cx.numbers.len() && item(k + 1) && item(k) {
            let g = between(cx, k, k + 1)?;
            let unit = cx.numbers[k].unit.as_deref().filter(|_| cx.numbers[k].kind == Kind::Count).unwrap_or("");
            let g = g.trim_start().strip_prefix(unit).filter(|_| !unit.is_empty()).unwrap_or(g);
            let last = g.starts_with(" and ") || g.starts_with(", and ");
            // Each item may be named by a word or two: "July 71mm and August 67mm".
            let named = words(g).iter().filter(|w| **w != "and").count() <= 2;
            if !(g.starts_with(',') || last) || !named || g.contains([';', ':', '(']) {
                break;
            }
            items.push(k + 1);
            k += 1;
            if last {
                break;
            }
        }
        let end = *items.last()?;
        let and_last = items.len() >= 2 && {
            let g = between(cx, end - 1, end)?;
            words(g).contains(&"and")
        };
        // Nothing but a unit may follow the list in its clause.
        let after = after_window(cx, end, 24);
        let unit = cx.numbers[end].unit.as_deref().unwrap_or("");
        let after = after.trim_start().strip_prefix(unit).unwrap_or(after.trim_start());
        if items.len() < 2 || !and_last || !(after.trim().is_empty() || after.starts_with([',', '.', ';'])) {
            return None;
        }
        let n = i64::try_from(items.len()).ok()?;
        // A count earlier in the sentence says how many items there are: "the five villages".
        let counted = cx.numbers_in[s].clone().filter(|&c| c < a).find(|&c| {
            let m = &cx.numbers[c];
            m.kind == Kind::Count && m.value.is_integer() && m.unit.is_some() && !cx.comparable(c, a)
        });
        let whole = match counted {
            Some(c) if cx.numbers[c].value == Rational::int(n) => true,
            Some(_) => return None,
            None => false,
        };
        let (mean, exact) = mean_of(cx, &items, n)?;
        let nr = Rational::int(n);
        let holds = mean.meets(&Interval::of(avg)?);
        if !holds && !whole {
            return None;
        }
        let list = listed(cx, &items);
        let at = cx.text_of(a);
        let message = if holds {
            format!("the mean of {list} is {}, in line with {at}", explain::like(exact, avg))
        } else {
            let total = avg.value.checked_mul(nr)?;
            format!(
                "the mean of {list} is {}, not {at}; a mean of {at} needs the {n} to add up to {}, not {}",
                explain::like(exact, avg),
                explain::like(total, avg),
                explain::like(exact.checked_mul(nr)?, avg)
            )
        };
        let mut used = vec![a];
        used.extend(&items);
        used.extend(counted.filter(|_| whole));
        used.sort_unstable();
        let span = cx.span(used[0], *used.last()?);
        out.push(finding(self.name(), holds, used, avg.value, exact, span, message));
        Some(())
    }

    /// A rate per unit of time at `a`, of the total just before it, within the period that
    /// total is dated by.
    pub(super) fn period_rate(&self, cx: &Context, a: usize, rest: &str, out: &mut Vec<Finding>) -> Option<()> {
        let avg = &cx.numbers[a];
        if !cx.usable(a) || !matches!(avg.kind, Kind::Count | Kind::Money) {
            return None;
        }
        // "5,750 a day", "£25,000 a week", "250 an hour": the unit of time right after.
        let per = ["a ", "an ", "per ", "each "].iter().find_map(|p| rest.strip_prefix(p))?;
        let per: String = per.chars().take_while(|c| c.is_ascii_lowercase()).collect();
        let t = a.checked_sub(1)?;
        let total = &cx.numbers[t];
        if cx.sentence_of[t] != cx.sentence_of[a] || !cx.usable(t) || total.kind != avg.kind || !cx.comparable(t, a) {
            return None;
        }
        // The period the total is dated by: in the words between, or just before it.
        let gap = between(cx, t, a)?;
        let near = before_window(cx, t, cx.start_of(t), 40);
        let dated = |w: &str| {
            let tail = words(gap);
            let within = tail
                .windows(2)
                .any(|p| matches!(p[0], "last" | "this" | "a" | "per" | "each" | "every" | "the") && p[1] == w)
                || tail.iter().any(|x| PERIOD_WORDS.iter().any(|(adj, noun)| x == adj && *noun == w));
            let lead = last_words(near).take(5).any(|x| PERIOD_WORDS.iter().any(|(adj, noun)| x == *adj && *noun == w));
            within || lead
        };
        let &(_, whole, lo, hi) = PERIODS.iter().find(|(unit, whole, _, _)| *unit == per && dated(whole))?;
        if !tail_ok(cx, t, gap, false) || gap.contains([';', ':', '(']) {
            return None;
        }
        let (lo, hi) = (Rational::new(lo, 1)?, Rational::new(hi.0, hi.1)?);
        let computed = cx.given(t)?.div(&Interval::between(lo, hi))?;
        let holds = computed.meets(&Interval::of(avg)?);
        // The whole number of days (or weeks) nearest to what the figures imply, within those
        // the period may hold: a month of 30 days for "789,000 during the month, 26,300 a day".
        let (lo_n, hi_n) = (lo.numer(), hi.numer() / hi.denom().max(1));
        let implied =
            total.value.checked_div(avg.value).map_or(lo_n, |r| r.to_fixed(0).parse::<i128>().unwrap_or(lo_n));
        let days = Rational::new(implied.clamp(lo_n, hi_n.max(lo_n)), 1)?;
        let exact = total.value.checked_div(days)?;
        let (tt, at) = (cx.text_of(t), cx.text_of(a));
        let count = explain::plain(days, 0);
        // A count a day is shown whole, as copy would round it.
        let big = avg.kind == Kind::Count && exact >= Rational::int(100);
        let shown = if big { explain::plain(exact, 0) } else { explain::like(exact, avg) };
        let message = if holds {
            format!("{tt} ÷ {count} ({per}s in a {whole}) = {shown}, in line with {at} a {per}")
        } else {
            let implied = avg.value.checked_mul(days)?;
            format!(
                "{tt} ÷ {count} ({per}s in a {whole}) is {shown}, not {at}; {at} a {per} would make {} a {whole}",
                explain::like(implied, total)
            )
        };
        out.push(finding(self.name(), holds, vec![t, a], avg.value, exact, cx.span(t, a), message));
        Some(())
    }
}

impl Average {
    /// "With 5.5 million people and health spending of £16.5bn, Scotland spends some £3,000 per
    /// head", "7.2 million residents produce 3.1 million tonnes of waste, about 430kg per
    /// person": an amount per head, and the one count of people and the one total of its
    /// measure (perhaps in a larger unit) earlier in its sentence, however the clause joins
    /// them. The wording ties them loosely, so only a figure that holds is reported.
    pub(super) fn per_head(&self, cx: &Context, a: usize, rest: &str, out: &mut Vec<Finding>) -> Option<()> {
        let avg = &cx.numbers[a];
        if !cx.usable(a) || !matches!(avg.kind, Kind::Count | Kind::Money) {
            return None;
        }
        if !HEADS.iter().any(|h| rest.starts_with(h)) {
            return None;
        }
        let s = cx.sentence_of[a];
        let earlier = cx.numbers_in[s].start..a;
        let people = |k: usize| {
            let n = &cx.numbers[k];
            n.kind == Kind::Count && n.unit.as_deref().is_some_and(|u| super::has(PEOPLE, u)) && cx.usable(k)
        };
        let mut counts = earlier.clone().filter(|&k| people(k));
        let (Some(n), None) = (counts.next(), counts.next()) else { return None };
        // The total: alike the amount, or in a unit it converts to ("tonnes" to "kg").
        let factor = |k: usize| -> Option<Rational> {
            let t = &cx.numbers[k];
            if k == n || !cx.usable(k) || t.kind != avg.kind {
                return None;
            }
            if cx.comparable(k, a) && t.value > avg.value {
                return Some(Rational::ONE);
            }
            let (from, to) = (t.unit.as_deref()?, avg.unit.as_deref()?);
            CONVERSIONS
                .iter()
                .find(|(f, u, _)| f.split(' ').any(|x| x == from) && u.split(' ').any(|x| x == to))
                .and_then(|c| Rational::new(c.2, 1))
        };
        let mut totals = earlier.filter_map(|k| Some((k, factor(k)?)));
        let (Some((t, f)), None) = (totals.next(), totals.next()) else { return None };
        let computed = cx.given(t)?.scale(f)?.div(&cx.given(n)?)?;
        if !computed.meets(&Interval::of(avg)?) {
            return None;
        }
        let exact = cx.numbers[t].value.checked_mul(f)?.checked_div(cx.numbers[n].value)?;
        let (tt, nt, at) = (cx.text_of(t), cx.text_of(n), cx.text_of(a));
        let message = if f == Rational::ONE {
            format!("{tt} ÷ {nt} = {}, in line with {at} each", explain::like(exact, avg))
        } else {
            let (from, to) = (cx.numbers[t].unit.as_deref().unwrap_or(""), avg.unit.as_deref().unwrap_or(""));
            format!("{tt} {from} ÷ {nt} = {} {to}, in line with {at} each", explain::plain(exact, 1))
        };
        let mut used = vec![t, n, a];
        used.sort_unstable();
        out.push(finding(self.name(), true, used.clone(), avg.value, exact, cx.span(used[0], a), message));
        Some(())
    }
}
