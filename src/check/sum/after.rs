//! The sum rule's reading of parts before their total: in one sentence, "35 in Leeds and 55
//! elsewhere, 90 in all" or after a closed list and a bare comma ("4,150 on Friday, 6,820 on
//! Saturday and 5,230 on Sunday, 16,200 over the weekend"); or opening the next sentence, "57
//! arrests on Saturday night and 38 on Sunday. In all, 95 people were detained".

use std::ops::Range;

use super::super::breakdown::continues_list;
use super::super::context::{any_word, head};
use super::super::Context;
use super::{
    compatible, counted, list_join, mark, parts_from, word_count, Claim, Sum, NOT_A_LIST, TOTAL_WORDS, WINDOW,
};
use crate::number::Kind;
use crate::report::Finding;

/// Whether the words between the last part and a total after it (or just after that total)
/// say it is their total: "35 in Leeds and 55 elsewhere, 90 in all".
pub(super) fn total_after_parts(cx: &Context, last: usize, t: usize) -> bool {
    let g = cx.low_gap(last, t);
    // "… brought by the council's enforcement team — 397 prosecutions in all": a dash lets the
    // last item run longer.
    if g.len() > if g.contains('—') { 90 } else { 60 } {
        return false;
    }
    // The byte tests first, the word scans after, and the total's own words only when needed.
    // A last part named a total itself ("the 2,100 patients, 700 in all, …, some 690") is none.
    !g.contains(['.', ';'])
        && !named_after(cx, last)
        && !any_word(g, &["bringing", "taking", "brings", "takes", "than", "from"])
        && (any_word(g, TOTAL_WORDS) || (g.contains([',', ':', '—']) && named_after(cx, t)))
}

/// Whether the words just after number `t` name it a total: "90 in all", and past its own noun
/// when the total word then ends the clause: "62 vehicles altogether." ("21 matches in all
/// competitions" is no total). Only its own noun: with words of their own between ("29 new sites
/// in total") the total word may belong to another figure: such readings raised false alarms on
/// unseen copy.
pub(super) fn named_after(cx: &Context, t: usize) -> bool {
    let a = head(cx.low_after(t), 40).trim_start();
    let own = |w: &String| a.strip_prefix(w.as_str()).map(str::trim_start);
    let ends = |r: &str| {
        TOTAL_WORDS.iter().any(|tw| {
            r.strip_prefix(tw)
                .is_some_and(|e| e.trim_start().is_empty() || e.trim_start().starts_with(['.', ',', ';', ':', ')']))
        })
    };
    TOTAL_WORDS.iter().any(|w| a.starts_with(w))
        || [&cx.numbers[t].unit, &cx.numbers[t].noun].into_iter().flatten().filter_map(own).any(ends)
}
impl Sum {
    /// Parts and then their total, ending at number `t` in sentence `s` (numbers `range`).
    /// Returns whether a relation was read.
    pub(super) fn parts_then_total(
        &self,
        cx: &Context,
        s: usize,
        range: Range<usize>,
        t: usize,
        taken: &mut [bool],
        out: &mut Vec<Finding>,
    ) -> bool {
        // The parts first, then the total; an ordinal inside an item ("24 in the
        // second") is passed over.
        let ordinal = |k: usize| cx.numbers[k].kind == Kind::Ordinal && !cx.usable(k);
        let prev = |k: usize| if k > range.start + 1 && ordinal(k - 1) { k - 2 } else { k - 1 };
        // "4,150 on Friday, 6,820 on Saturday and 5,230 on Sunday, 16,200 over the
        // weekend": a figure after a closed list and a bare comma may be its total, and is
        // reported only when it is.
        let named = t >= range.start + 2 && total_after_parts(cx, prev(t), t);
        let g = if t >= range.start + 2 { cx.low_gap(prev(t), t).trim_end() } else { "" };
        let bare = g.ends_with(',')
            && prev(t) > range.start
            && !g.trim_end_matches(',').contains([';', ',', ':', '('])
            && word_count(g, 5) <= 4
            && !any_word(g, NOT_A_LIST)
            && cx.low_gap(prev(prev(t)), prev(t)).contains(" and ");
        if named || bare {
            let last_part = prev(t);
            let mut parts = vec![last_part];
            let mut k = last_part;
            while k > range.start && parts.len() < WINDOW && !taken[prev(k)] && compatible(cx, t, prev(k)) {
                // A named total lets the first item carry its verb: "Nineteen clubs from England
                // have applied for a place in the new competition, together with six …".
                match list_join(cx.low_gap(prev(k), k), if named { 100 } else { 60 }, NOT_A_LIST) {
                    Some(last) if parts.len() == 1 || !last => parts.insert(0, prev(k)),
                    _ => break,
                }
                k = prev(k);
            }
            // "…, together with eight in Cornwall and five in Somerset: 25 in all": a list that
            // goes on past an item it could not read is left alone.
            let with = k > range.start && cx.low_gap(prev(k), k).trim_end().ends_with(" with");
            if parts.len() >= 2 && compatible(cx, t, last_part) && !taken[last_part] && !with {
                let open = k > range.start && continues_list(cx.low_gap(prev(k), k));
                let found = out.len();
                self.decide(cx, t, &parts, if named { Claim::Exhaustive } else { Claim::Items }, open, out);
                if out.len() > found || named {
                    mark(taken, &parts, t);
                    return true;
                }
            }
        }
        // "57 arrests on Saturday night and 38 on Sunday. In all, 95 people were
        // detained": a total that opens the sentence after its parts, every figure of that
        // sentence a part; their whole when the sentence counts them ("Across the three
        // counties, that makes 2,893").
        let prior = if s > 0 { cx.numbers_in[s - 1].clone() } else { 0..0 };
        let opener = cx.low_before(t);
        if t <= range.start + 1
            && prior.len() >= 2
            && opener.len() <= 60
            && any_word(opener, TOTAL_WORDS)
            && !prior.clone().any(|k| taken[k])
        {
            let (parts, open) = parts_from(cx, t, prior.start, prior.end);
            // "1,204 in the first round and 386 in the second": an ordinal names an item.
            let ordinals = prior.clone().filter(|&k| cx.numbers[k].kind == Kind::Ordinal).count();
            if parts.len() + ordinals == prior.len() {
                let claim = match counted(cx, t, parts.len()) {
                    Claim::Weak => Claim::Items,
                    c => c,
                };
                let found = out.len();
                self.decide(cx, t, &parts, claim, open, out);
                if out.len() > found {
                    mark(taken, &parts, t);
                    return true;
                }
            }
        }
        false
    }
}
