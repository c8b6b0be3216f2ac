//! The text of "Download JSON": the CLI's schema, from the very `Serialize` types the CLI writes
//! with serde_json (`report::json`), so the two cannot drift. A small serde serializer writes
//! them, handling what those types hold (structs, sequences, strings, numbers, options, unit
//! variants) and refusing the rest. serde_json would bring its float formatting into the wasm,
//! and serde-wasm-bindgen a JavaScript object per value and a cache of key strings: both cost
//! more than this. Floats are written by `JSON.stringify`, which gives the shortest text that
//! reads back as the same number, and `null` for what JSON cannot hold, as serde_json does.

use std::fmt;

use serde::ser::{self, Impossible, Serialize};
use wasm_bindgen::JsValue;

/// `value` as JSON text, or `None` if it holds something JSON (or this writer) cannot.
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    let mut w = Writer(String::new());
    value.serialize(&mut w).ok()?;
    Some(w.0)
}

/// Something the writer does not write.
#[derive(Debug)]
pub struct Error;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("not written as JSON")
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Error {
        Error
    }
}

struct Writer(String);

impl Writer {
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                c if (c as u32) < 0x20 => {
                    self.0.push_str("\\u00");
                    self.0.push(HEX[c as usize >> 4] as char);
                    self.0.push(HEX[c as usize & 15] as char);
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn float(&mut self, x: f64) {
        let text = js_sys::JSON::stringify(&JsValue::from_f64(x)).ok().and_then(|s| s.as_string());
        self.0.push_str(text.as_deref().unwrap_or("null"));
    }

    fn int(&mut self, n: i128) -> Result<(), Error> {
        // Not `to_string`: core's 128-bit formatting is more wasm than this.
        self.0.push_str(&crate::number::rational::int_text(n));
        Ok(())
    }

    fn raw(&mut self, s: &str) -> Result<(), Error> {
        self.0.push_str(s);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = List<'a>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = List<'a>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.raw(if v { "true" } else { "false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.int(v.into())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(Error)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.raw("null")
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.raw("null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.raw("null")
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(Error)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<List<'a>, Error> {
        self.0.push('[');
        Ok(List { w: self, first: true, close: ']' })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<List<'a>, Error> {
        self.0.push('{');
        Ok(List { w: self, first: true, close: '}' })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error)
    }
}

/// The elements of an array or the fields of an object, comma-separated, then `close`.
pub struct List<'a> {
    w: &'a mut Writer,
    first: bool,
    close: char,
}

impl List<'_> {
    fn next(&mut self) {
        if !self.first {
            self.w.0.push(',');
        }
        self.first = false;
    }

    fn close(self) -> Result<(), Error> {
        self.w.0.push(self.close);
        Ok(())
    }
}

impl ser::SerializeSeq for List<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.next();
        v.serialize(&mut *self.w)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStruct for List<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
        self.next();
        self.w.string(key);
        self.w.0.push(':');
        v.serialize(&mut *self.w)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}
