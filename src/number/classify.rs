//! Deciding what a bare whole number is: a date, a year, a time, a postcode, an identifier, or
//! a count after all.

use super::attach::ends_in_s;
use super::parse::{Attached, Found, Parser};
use super::rational::Rational;
use super::{Kind, Number};

impl Parser<'_> {
    /// Whether the word before token `i` makes the number a name: "page 12", "No. 10", "#3".
    pub(super) fn identifier_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let mut s = i - 1;
        if self.sym(s, '#') && self.glued(i) {
            return true;
        }
        if self.sym(s, '.')
            && s > 0
            && (self.is(s - 1, "no") || self.is(s - 1, "fig") || self.is(s - 1, "p") || self.is(s - 1, "vol"))
        {
            s -= 1;
        } else if self.is_dash(s) && self.glued(s) && self.glued(i) && s > 0 && self.toks[s - 1].is_word() {
            // "COVID-19", "F-35", "SCP-173": a word glued to the number by a hyphen, unless the
            // word is a prefix of time ("mid-1990s", "pre-2020") or a number word.
            let w = self.text(s - 1).to_ascii_lowercase();
            let prefix = matches!(w.as_str(), "mid" | "pre" | "post" | "late" | "early" | "fy" | "q" | "h" | "mid-");
            return !prefix && self.info(s - 1).is_none_or(|x| x.cardinal.is_none() && x.ordinal.is_none());
        }
        let Some(info) = self.info(s) else { return false };
        info.identifier || (info.identifier_capitalised && self.capitalized(s))
    }

    /// Where an identifier that ends at token `i` starts ("COVID-19" starts at "COVID").
    pub(super) fn identifier_start(&self, i: usize) -> usize {
        if i >= 2 && self.is_dash(i - 1) && self.glued(i) && self.glued(i - 1) && self.toks[i - 2].is_word() {
            i - 2
        } else if i >= 1 && self.sym(i - 1, '#') && self.glued(i) {
            i - 1
        } else {
            i
        }
    }

    /// UK postcodes ("SW1A 1AA", read from the outward code) and US ZIP codes after a state
    /// ("Austin, TX 78701").
    pub(super) fn postcode_at(&self, i: usize) -> Option<Found> {
        let outward = self.text(i);
        let uk_outward = outward.len() >= 2
            && outward.len() <= 4
            && outward.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && outward.starts_with(|c: char| c.is_ascii_uppercase());
        let inward_digit = self.is_num(i + 1) && !self.glued(i + 1) && self.text(i + 1).len() == 1;
        let inward_letters = self.glued(i + 2) && {
            let t = self.text(i + 2);
            t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase())
        };
        if uk_outward && inward_digit && inward_letters {
            let value = Rational::new(self.int_at(i + 1)?, 1)?;
            let number = Number::new(self.span(i, i + 3), value, Kind::Postcode, Rational::ZERO);
            return Some(Found { number, first: i, last: i + 3, scale: None, bare: false });
        }
        None
    }

    /// Decides what a bare whole number in digits is: a date, a year, a time, a postcode or a count.
    pub(super) fn classify_bare(&self, a: &mut Attached) {
        let i = a.first;
        let n = a.value;
        let month_before = i > 0 && self.month(i - 1).is_some();
        let month_after = self.month(a.last).is_some();
        let day_like = n.is_integer() && n.numer() >= 1 && n.numer() <= 31;
        // "3 March 2025", "March 3, 2025", "March 2025", "the 4th of July".
        if day_like && (month_after || month_before) {
            a.kind = Kind::Date;
            a.step = Rational::ZERO;
            let month = if month_before {
                a.first = i - 1;
                self.month(i - 1)
            } else {
                a.last += 1;
                self.month(a.last - 1)
            };
            let year = self.year_after_date(a);
            // A date's value reads as YYYYMMDD, with zeros for what the text leaves out.
            let ymd = year.unwrap_or(0) * 10_000 + month.unwrap_or(0) as i128 * 100 + n.numer();
            a.value = Rational::new(ymd, 1).unwrap_or(n);
            return;
        }
        let four_digits = self.text(i).len() == 4;
        let year_like = four_digits && n.numer() >= 1500 && n.numer() <= 2199;
        if year_like && month_before {
            a.kind = Kind::Date;
            a.first = i - 1;
            a.step = Rational::ZERO;
            let ym = n.numer() * 10_000 + self.month(i - 1).unwrap_or(0) as i128 * 100;
            a.value = Rational::new(ym, 1).unwrap_or(n);
            return;
        }
        // "9pm", "9 a.m.", "10 o'clock".
        if n.numer() <= 12 && (self.is(a.last, "pm") || self.is(a.last, "am") || self.is(a.last, "o'clock")) {
            a.kind = Kind::Time;
            a.last += 1;
            return;
        }
        if n.numer() <= 12
            && (self.is(a.last, "a") || self.is(a.last, "p"))
            && self.sym(a.last + 1, '.')
            && self.is(a.last + 2, "m")
        {
            a.kind = Kind::Time;
            a.last += if self.sym(a.last + 3, '.') { 4 } else { 3 };
            return;
        }
        // US ZIP code after a state: ", TX 78701".
        if self.text(i).len() == 5 && i >= 2 && self.sym(i - 2, ',') {
            let st = self.text(i - 1);
            if st.len() == 2 && st.chars().all(|c| c.is_ascii_uppercase()) {
                a.kind = Kind::Postcode;
                return;
            }
        }
        // "14 Castle Street", "221B Baker Street": an address.
        let street_after =
            (a.last..a.last + 2).take_while(|&k| self.capitalized(k)).any(|k| self.info(k).is_some_and(|w| w.street));
        if street_after && self.capitalized(a.last) {
            a.kind = Kind::Identifier;
            a.step = Rational::ZERO;
            return;
        }
        if year_like && self.reads_as_year(i, a.last) {
            a.kind = Kind::Year;
            a.step = Rational::ZERO;
        }
    }

    /// ", 2025" or " 2025" after a date.
    pub(super) fn year_after_date(&self, a: &mut Attached) -> Option<i128> {
        let mut j = a.last;
        if self.sym(j, ',') {
            j += 1;
        }
        let year = self.int_at(j).filter(|y| self.text(j).len() == 4 && (1000..=2199).contains(y))?;
        a.last = j + 1;
        Some(year)
    }

    /// The month a capitalised word at `j` names.
    pub(super) fn month(&self, j: usize) -> Option<u32> {
        let m = self.info(j)?.month?;
        // "May" is a month; "may" is a verb.
        (self.capitalized(j) && (!self.is(j, "may") || self.text(j).starts_with('M'))).then_some(m)
    }

    /// A bare four-digit number is a year unless it counts something: "2000 people" or "rose to
    /// 2000" count; "in 2024", "since 1987", "2024 was" name years.
    pub(super) fn reads_as_year(&self, i: usize, after: usize) -> bool {
        let cue = i.checked_sub(1).filter(|&c| self.info(c).is_some_and(|w| w.year_cue));
        // "by", "from", "to" and "of" name a year unless a change verb governs them: "by 2030"
        // is a deadline, "rose by 2000" an amount.
        let weak_cue =
            cue.is_some_and(|c| ["by", "from", "to", "of", "than", "around", "over"].iter().any(|w| self.is(c, w)));
        let governed = i > 1 && self.info(i - 2).is_some_and(|w| w.change);
        let strong_cue = cue.is_some() && !(weak_cue && governed) && !self.is(i - 1, "the");
        let change_before = (1..=3).any(|k| i >= k && self.info(i - k).is_some_and(|w| w.change && !w.year_cue));
        let hedged = i > 0
            && self.phrase_before(i, &self.vocab.hedges_before).is_some()
            && !self.is(i - 1, "around")
            && !self.is(i - 1, "over");
        match self.noun_after(after) {
            // "the 2024 housing survey": a year used as an adjective takes a singular noun;
            // "the 2000 runners" counts a plural one.
            Some(n) if !n.measure && !ends_in_s(self.text(n.unit)) && !change_before && !hedged => true,
            Some(n) => strong_cue && !weak_cue && !change_before && !hedged && !n.measure,
            None => !(change_before || hedged) || strong_cue,
        }
    }
}
