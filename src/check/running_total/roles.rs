//! The three-figure reading of a running total, in any order: a total T marked as where the
//! count stands now, a step D marked as new, and an earlier level P marked as what it stood at
//! before, within T's sentence and the sentences either side. Copy puts them in every order:
//! - "Rainfall so far this month is 86mm after another 14mm fell overnight, up from 72mm" (T D P)
//! - "England added 54 runs before lunch to reach 231. They had resumed on 177." (D T P)
//! - "A further 27 jobs will go, on top of the 85 cut in the spring. That brings the number of
//!   redundancies this year to 122." (D P T)
//! - "Three more deaths ..., taking the toll so far this year to 41. The previous total,
//!   announced on Monday, was 37." (D T P); "Campaigners gathered 820 signatures yesterday, so
//!   the petition now has 10,030. It had 9,120 at the weekend."; "... to 63. By Monday night 49
//!   had been emptied." (a pluperfect marks the level before)
//!
//! Decides |T − P| against D. The relation is reported consistent when it holds; a misfit is
//! flagged only when each role is marked by its own wording and no other figure of the same
//! measure stands in those sentences.

use std::sync::LazyLock;

use super::super::regex as re;
use super::{alike, contains_any, explain, finding, is_new, major, tail, Reader};
use crate::number::{Kind, Rational};
use crate::report::Finding;
use crate::Regex;

/// Words before a total that say it is where the count stands now: "to reach", "brings the
/// number of redundancies this year to", "so far this month is", "year to date, ... has
/// handled", "ended the night on".
static NOW_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:(?:to )?reach|reaching|reached|reaches|(?:has|have) reached|(?:take|takes|took|taking|bring|brings|brought|bringing|lift|lifts|lifted|lifting)(?: [a-z'’-]+){1,8}? to|so far(?: [a-z'’-]+){0,3}? (?:is|was|are|were|stands at|stood at)|(?:year to date|to date|so far)[^.;:]{0,50}(?:has|have) [a-z]+|^ *(?:so far|to date)(?: this [a-z]+)?|(?:has|have) now [a-z]+|now (?:has|have)|(?:ended|finished|closed)(?: [a-z'’-]+){0,3}? (?:on|at|with)) *$",
    )
});

/// Words before an earlier level: "up from", "on top of the", "had resumed on", "there had
/// been", "the figure at the end of June was", "Before the gala the fund stood at".
static BEFORE_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:(?:up|down|rising|risen) from|(?:on top of|adding to|added to)(?: the| its| their)?|(?:had )?(?:resumed|started|begun|began) (?:on|at|with)|there had been|had been|(?:figure|total|tally|count|number)(?:,? [a-z'’-]+){0,6}?,? (?:was|had been|stood at)|^ *before [^.;]{0,50} (?:stood at|was|were|had been)) *$",
    )
});

/// Words before a step: "added", "adding".
static ADDED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^a-z])(?:added|adding|adds|add|after|with)(?: [a-z'’-]+){0,2}? *$"));

/// A verb that takes a total to a new level, after its subject: "12 arrests take the total".
static TAKES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[ a-z'’-]{0,40}(?:(?:, )?(?:take|takes|took|bring|brings|brought|push|pushes|pushed|lift|lifts|lifted)|, (?:taking|bringing|pushing|lifting|so)) ",
    )
});

/// "had 8,900 signatures by noon", "had scored 62 by Thursday": a level, with "by" after it.
static HAD: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[^a-z])had(?: [a-z]+)? *$"));

/// The role each figure plays.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Total,
    Step,
    Level,
}

/// The role number `k`'s own wording gives it, if any.
fn role(rd: &Reader, k: usize) -> Option<Role> {
    let lead = tail(rd.lead(k), 70);
    if BEFORE_LEVEL.is_match(lead) {
        return Some(Role::Level);
    }
    // "The petition had 8,900 signatures by noon": a level dated by "by".
    let after = rd.after(k);
    let soon = after.get(..30).unwrap_or(after);
    if HAD.is_match(lead) && [" by ", " at ", " on "].iter().any(|w| soon.contains(w)) {
        return Some(Role::Level);
    }
    if NOW_TOTAL.is_match(lead) {
        return Some(Role::Total);
    }
    // "Tuesday's 218 arrivals came on top of 1,024": the figure added to a level.
    if is_new(rd, k) || ADDED.is_match(tail(lead, 30)) || contains_any(soon, &["on top of", "adding to"]) {
        return Some(Role::Step);
    }
    // "By Monday night 49 had been emptied": the pluperfect, a level before the total.
    soon.trim_start().starts_with("had ").then_some(Role::Level)
}

/// Checks every total `t` not yet decided by the rule's other readings.
pub(super) fn check(rd: &Reader, done: &[bool], out: &mut Vec<Finding>) {
    let cx = rd.cx;
    for t in 0..cx.numbers.len() {
        if done.get(t).copied().unwrap_or(false) || !cx.usable(t) {
            continue;
        }
        // The cheap test first: a total's lead ends with one of a few words.
        let lead = tail(rd.lead(t), 70).trim_end();
        let last = super::last_word(lead);
        // The last word and a word of the wording it needs, before any pattern runs: most
        // leads that end "to" or "is" hold no total ("rose 5% to").
        let has = |ws: &[&str]| ws.iter().any(|w| lead.contains(w));
        let may = match last {
            "reach" | "reached" | "reaches" | "reaching" => true,
            "to" => has(&["tak", "took", "bring", "brought", "lift"]),
            "is" | "was" | "are" | "were" => has(&["so far"]),
            "at" => has(&["so far", "ended", "finished", "closed"]),
            "on" | "with" => has(&["ended", "finished", "closed"]),
            // "So far this year 1,142 people have crossed".
            "far" | "date" => true,
            _ if lead.trim_start().starts_with("so far this ") => true,
            // "has now sold", "year to date, ... has handled": a verb ends those, straight
            // after "has", "have" or "now".
            _ => {
                let before = lead[..lead.len() - last.len()].strip_suffix(' ').unwrap_or("");
                // Any participle after "now": "have now made", "has now won".
                ((last.ends_with('d') || last.ends_with('s')) && (before.ends_with("has") || before.ends_with("have"))
                    || before.ends_with("now"))
                    && has(&[" now ", "to date", "so far"])
            }
        };
        if !may || role(rd, t) != Some(Role::Total) {
            continue;
        }
        let _ = decide(rd, t, out);
    }
}

/// Whether number `k` may be a figure of total `t`: alike, or counts of any nouns but measures,
/// since copy names one count several ways ("31 arrests", "six more people were detained",
/// "the 23 held earlier"); each figure's role is marked by its own wording all the same.
fn kin(rd: &Reader, k: usize, t: usize) -> bool {
    let count = |k: usize| {
        let n = &rd.cx.numbers[k];
        n.kind == Kind::Count && n.unit.as_deref().is_none_or(|u| !crate::lexicon::EN.is_measure_unit(u))
    };
    alike(rd.cx, k, t) || (count(k) && count(t))
}

fn decide(rd: &Reader, t: usize, out: &mut Vec<Finding>) -> Option<()> {
    let cx = rd.cx;
    let st = cx.sentence_of[t];
    let (lo_s, hi_s) = (st.saturating_sub(1), (st + 1).min(cx.sentences.len().saturating_sub(1)));
    let window = cx.numbers_in[lo_s].start..cx.numbers_in[hi_s].end;
    let (mut step, mut level, mut extra) = (Vec::new(), Vec::new(), 0usize);
    for k in window {
        // "has now delivered 1,086 of its 1,500 homes": the whole after the total is no figure
        // of the sum.
        if k == t
            || !cx.usable(k)
            || cx.numbers[k].kind == Kind::Year
            || (k == t + 1 && rd.gap(t, k).starts_with(" of "))
        {
            continue;
        }
        if !kin(rd, k, t) {
            continue;
        }
        // Figures of the sentences either side only with a role.
        match role(rd, k) {
            Some(Role::Step) => step.push(k),
            Some(Role::Level) => level.push(k),
            _ => extra += 1,
        }
    }
    // "Sunday's 12 arrests take the total to 96": the subject of the verb that takes it there.
    if step.is_empty() {
        let k = (cx.numbers_in[st].start..t).rev().find(|&k| cx.usable(k) && alike(cx, k, t));
        let takes = |k: usize| {
            let g = rd.gap(k, t);
            g.len() <= 80 && TAKES.is_match(g) && !g.contains(';')
        };
        if let Some(k) = k.filter(|&k| role(rd, k).is_none() && takes(k)) {
            step.push(k);
            extra = extra.saturating_sub(1);
        }
    }
    let (&[d], &[p]) = (&step[..], &level[..]) else { return None };
    // The step and the earlier level stand near the total: in its sentence, or together in
    // the one next to it ("A further 27 jobs ..., on top of the 85 cut in the spring. That
    // brings the number to 122").
    let (sd, sp) = (cx.sentence_of[d], cx.sentence_of[p]);
    if sd != st && sp != st && sd != sp {
        return None;
    }
    let (ti, pi, di) = (major(&cx.numbers[t])?, super::given(cx, p)?, super::given(cx, d)?);
    let v = |k: usize| super::value(cx, k);
    let (tv, pv, dv) = (v(t)?, v(p)?, v(d)?);
    let up = tv >= pv;
    let reached = if up { pi.add(&di)? } else { pi.sub(&di)? };
    let holds = reached.meets(&ti);
    if !holds && extra > 0 {
        return None;
    }
    let exact = if up { pv.checked_add(dv)? } else { pv.checked_sub(dv)? };
    let tn = &cx.numbers[t];
    let in_t = exact.checked_mul(Rational::int(tn.minor_units.max(1) as i64))?;
    let op = if up { "+" } else { "−" };
    let (tt, pt, dt) = (cx.text_of(t), cx.text_of(p), cx.text_of(d));
    let message = if holds {
        format!("{pt} {op} {dt} = {tt}")
    } else {
        let gap = if up { tv.checked_sub(pv)? } else { pv.checked_sub(tv)? };
        let gap = gap.checked_mul(Rational::int(tn.minor_units.max(1) as i64))?;
        format!(
            "{pt} {op} {dt} is {}, not {tt}; from {pt} to {tt} the step would be {}",
            explain::like(in_t, tn),
            explain::like(gap, tn)
        )
    };
    let mut used = vec![p, d, t];
    used.sort_unstable();
    let span = cx.span(used[0], used[2]);
    out.push(finding("running_total", holds, used, tv, exact, span, message));
    Some(())
}
